package org.throughcare.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.throughcare.common.UkTime;

import java.time.Clock;
import java.time.LocalDate;

class ValidDateValidator implements ConstraintValidator<ValidDate, DateInput> {

    private final Clock clock;
    private ValidDate rule;

    ValidDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(ValidDate rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(DateInput value, ConstraintValidatorContext context) {
        String problem = problem(value);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{"))
                .addConstraintViolation();
        return false;
    }

    String problem(DateInput value) {
        return problem(
                value,
                rule.name(),
                rule.required(),
                rule.notInFuture(),
                clock.instant().atZone(UkTime.ZONE).toLocalDate());
    }

    static String problem(DateInput value, String name, boolean required, boolean notInFuture, LocalDate today) {
        if (value == null || value.isEmpty()) {
            return required ? "Enter " + name : null;
        }
        String missing = value.firstMissingPart();
        if (missing != null) {
            return capitalise(name) + " must include a " + missing;
        }
        LocalDate date = value.toLocalDate();
        if (date == null) {
            return capitalise(name) + " must be a real date";
        }
        if (notInFuture && date.isAfter(today)) {
            return capitalise(name) + " must be today or in the past";
        }
        return null;
    }

    private static String capitalise(String name) {
        String trimmed = name.startsWith("the ") ? name.substring(4) : name;
        return Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
    }
}
