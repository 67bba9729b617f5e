package org.throughcare.person.identifier;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A String that is empty or a probation case reference number: a letter and 6 digits (see {@link Crn}).
 * Empty (null or blank) is valid: add {@code @NotBlank} when the field is required.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCrnValidator.class)
public @interface ValidCrn {

    String message() default "Enter a CRN in the format X123456";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
