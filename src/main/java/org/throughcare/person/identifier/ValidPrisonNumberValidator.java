package org.throughcare.person.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Public, with a public no-argument constructor, so that any Bean Validation provider can create it. */
public class ValidPrisonNumberValidator implements ConstraintValidator<ValidPrisonNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return Identifiers.isBlank(value) || PrisonNumber.isValid(value.toString());
    }
}
