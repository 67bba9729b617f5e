package org.throughcare.person.identifier;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A String that is empty or a prison number: a letter, 4 digits and 2 letters (see {@link PrisonNumber}).
 * Empty (null or blank) is valid: add {@code @NotBlank} when the field is required.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPrisonNumberValidator.class)
public @interface ValidPrisonNumber {

    String message() default "Enter a prison number in the format A1234BC";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
