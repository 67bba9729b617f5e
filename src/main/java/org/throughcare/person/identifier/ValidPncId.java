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

    String message() default "Enter a PNC ID in the format 2001/0012345H or 01/12345H, with the right check letter";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
