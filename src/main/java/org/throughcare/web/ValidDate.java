package org.throughcare.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link DateInput} that is empty (unless required) or a real date, with the GOV.UK wording:
 * "Enter [name]", "[Name] must include a month", "[Name] must be a real date".
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidDateValidator.class)
public @interface ValidDate {

    /** How the date is named in messages, e.g. "the date of birth". */
    String name();

    boolean required() default false;

    boolean notInFuture() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
