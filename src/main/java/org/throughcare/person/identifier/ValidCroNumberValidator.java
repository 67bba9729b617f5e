package org.throughcare.person.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Public, with a public no-argument constructor, so that any Bean Validation provider can create it. */
public class ValidCroNumberValidator implements ConstraintValidator<ValidCroNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return Identifiers.isBlank(value) || CroNumber.isValid(value.toString());
    }
}
