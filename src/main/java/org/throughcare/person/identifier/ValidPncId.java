package org.throughcare.person.identifier;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A String that is empty or a PNC ID, long or short form, with the right check letter (see {@link PncId}).
 * Empty (null or blank) is valid: add {@code @NotBlank} when the field is required.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPncIdValidator.class)
public @interface ValidPncId {

    String message() default
            "Enter a PNC ID as it is written on the PNC, like 2014/0052371M, 20140052371M, 14/52371M or 1452371M, with the right check letter";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
