package org.throughcare.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.throughcare.common.UkTime;

import java.time.Clock;

class ValidWhenValidator implements ConstraintValidator<ValidWhen, WhenForm> {

    private final Clock clock;

    ValidWhenValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(WhenForm form, ConstraintValidatorContext context) {
        String dateProblem = ValidDateValidator.problem(
                form.getDate(),
                "the date " + form.step(),
                true,
                true,
                clock.instant().atZone(UkTime.ZONE).toLocalDate());
        String timeProblem = ValidTimeValidator.problem(form.getTime(), "the time " + form.step(), true);
        if (dateProblem == null && timeProblem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        if (dateProblem != null) {
            context.buildConstraintViolationWithTemplate(dateProblem.replace("{", "\\{"))
                    .addPropertyNode("date")
                    .addConstraintViolation();
        }
        if (timeProblem != null) {
            context.buildConstraintViolationWithTemplate(timeProblem.replace("{", "\\{"))
                    .addPropertyNode("time")
                    .addConstraintViolation();
        }
        return false;
    }
}
