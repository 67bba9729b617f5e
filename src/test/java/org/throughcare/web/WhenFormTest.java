package org.throughcare.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link WhenForm} through a real Bean Validation provider: one wording for every "when did it happen". */
class WhenFormTest {

    /** 00:30 on Tuesday 2 June 2026 in the UK, still 1 June in UTC. */
    static final Clock JUST_AFTER_MIDNIGHT = Clock.fixed(Instant.parse("2026-06-01T23:30:00Z"), ZoneId.of("UTC"));

    static class PoliceTold extends WhenForm {
        @Override
        public String step() {
            return "the police were told";
        }
    }

    static PoliceTold form(String day, String month, String year, String time) {
        PoliceTold form = new PoliceTold();
        form.setDate(new DateInput(day, month, year));
        form.setTime(time);
        return form;
    }

    @Test
    void bothAreRequiredAndEachProblemIsOnItsOwnField() {
        assertThat(problems(form("", "", "", "")))
                .containsOnly(
                        Map.entry("date", "Enter the date the police were told"),
                        Map.entry("time", "Enter the time the police were told"));
    }

    @Test
    void theDateMustBeRealAndNotAfterTodayInTheUk() {
        assertThat(problems(form("31", "6", "2026", "10:00")))
                .containsOnly(Map.entry("date", "Date the police were told must be a real date"));
        assertThat(problems(form("3", "6", "2026", "10:00")))
                .containsOnly(Map.entry("date", "Date the police were told must be today or in the past"));
        assertThat(problems(form("2", "6", "2026", "00:15"))).isEmpty();
    }

    @Test
    void theTimeMustBeReal() {
        assertThat(problems(form("1", "6", "2026", "25:00")))
                .containsOnly(Map.entry("time", "Time the police were told must be a real time, for example 14:30"));
    }

    @Test
    void readsTheDateAndTimeInUkTime() {
        assertThat(form("1", "6", "2026", "2:30pm").at()).isEqualTo(Instant.parse("2026-06-01T13:30:00Z"));
        assertThat(form("1", "12", "2026", "14:30").at()).isEqualTo(Instant.parse("2026-12-01T14:30:00Z"));
        assertThat(form("1", "6", "2026", "").at()).isNull();
        assertThat(form("31", "6", "2026", "10:00").at()).isNull();
    }

    private static Map<String, String> problems(WhenForm form) {
        return validator().validate(form).stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    private static Validator validator() {
        ValidatorFactory defaults = Validation.buildDefaultValidatorFactory();
        ConstraintValidatorFactory fallback = defaults.getConstraintValidatorFactory();
        ConstraintValidatorFactory withClock = new ConstraintValidatorFactory() {
            @Override
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                return key == ValidWhenValidator.class
                        ? key.cast(new ValidWhenValidator(JUST_AFTER_MIDNIGHT))
                        : fallback.getInstance(key);
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {}
        };
        return defaults.usingContext().constraintValidatorFactory(withClock).getValidator();
    }
}
