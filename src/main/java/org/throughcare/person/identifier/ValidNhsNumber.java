package org.throughcare.person.identifier;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A String that is empty or a real NHS number, with the right check digit (see {@link NhsNumber}).
 * Empty (null or blank) is valid: add {@code @NotBlank} when the field is required.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidNhsNumberValidator.class)
public @interface ValidNhsNumber {

    String message() default "Enter a real NHS number, like 943 476 5919";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
