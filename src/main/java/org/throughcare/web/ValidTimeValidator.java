package org.throughcare.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class ValidTimeValidator implements ConstraintValidator<ValidTime, String> {

    private ValidTime rule;

    @Override
    public void initialize(ValidTime rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String problem = problem(value, rule.name(), rule.required());
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{"))
                .addConstraintViolation();
        return false;
    }

    static String problem(String value, String name, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? "Enter " + name : null;
        }
        if (TimeText.parse(value) == null) {
            String trimmed = name.startsWith("the ") ? name.substring(4) : name;
            return Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1)
                    + " must be a real time, for example 14:30";
        }
        return null;
    }
}
