package org.throughcare.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The date and time of a {@link WhenForm}: both required, a real date not after today and a real time,
 * each problem on its own field, worded from the form's {@link WhenForm#step()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Constraint(validatedBy = ValidWhenValidator.class)
public @interface ValidWhen {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
