package org.throughcare.person.identifier;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A String that is empty or a CRO number, NNNNNN/YYC, with the right check letter (see {@link CroNumber}).
 * Empty (null or blank) is valid: add {@code @NotBlank} when the field is required.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCroNumberValidator.class)
public @interface ValidCroNumber {

    String message() default
            "Enter a CRO number like 012345/01Z, or an SF number like SF09/061238W, with the right check letter";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
