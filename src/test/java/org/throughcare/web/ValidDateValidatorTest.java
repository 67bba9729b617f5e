package org.throughcare.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ValidDate} through a real Bean Validation provider, with the validator given a fixed clock the way
 * Spring's constraint validator factory gives it the application's clock.
 */
class ValidDateValidatorTest {

    /** Noon on Sunday 15 March 2026, UK time. */
    static final Clock MID_MARCH = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneId.of("Europe/London"));

    static class Form {
        @ValidDate(name = "the date of birth")
        DateInput optional;

        @ValidDate(name = "the date of birth", required = true)
        DateInput required;

        @ValidDate(name = "the date of arrest", notInFuture = true)
        DateInput past;

        @ValidDate(name = "arrival date")
        DateInput plainName;
    }

    @ParameterizedTest(name = "[{index}] {0}/{1}/{2} -> {3}")
    @CsvSource(
            nullValues = "VALID",
            value = {
                // day, month, year, problem (VALID = no problem)
                ",   ,     , VALID",
                "'', '', '', VALID",
                "' ', ' ', ' ', VALID",
                "'', 3, 2026, Date of birth must include a day",
                "15, '', 2026, Date of birth must include a month",
                "15, 3, '', Date of birth must include a year",
                "'', '', 2026, Date of birth must include a day",
                "15, 3, , Date of birth must include a year",
                "31, 2, 2026, Date of birth must be a real date",
                "29, 2, 2026, Date of birth must be a real date",
                "29, 2, 2024, VALID",
                "31, 4, 2026, Date of birth must be a real date",
                "31, 12, 2026, VALID",
                "0, 1, 2026, Date of birth must be a real date",
                "1, 13, 2026, Date of birth must be a real date",
                "1, 0, 2026, Date of birth must be a real date",
                "40, 1, 2026, Date of birth must be a real date",
                "1, 1, 99, Date of birth must be a real date",
                "1, 1, 999, Date of birth must be a real date",
                "1, 1, 10000, Date of birth must be a real date",
                "1, 1, 1000, VALID",
                "a, 1, 2026, Date of birth must be a real date",
                "1, March, 2026, Date of birth must be a real date",
                "1.5, 1, 2026, Date of birth must be a real date",
                "-1, 1, 2026, Date of birth must be a real date",
                "' 7 ', ' 03 ', ' 2026 ', VALID",
                "07, 03, 2026, VALID",
                "1, 1, 2099, VALID",
            })
    void anOptionalDate(String day, String month, String year, String problem) {
        assertThat(problem("optional", new DateInput(day, month, year))).isEqualTo(problem);
    }

    @ParameterizedTest(name = "[{index}] {0}/{1}/{2} -> {3}")
    @CsvSource(
            nullValues = "VALID",
            value = {
                ",   ,     , Enter the date of birth",
                "'', '', '', Enter the date of birth",
                "'', 3, 2026, Date of birth must include a day",
                "31, 2, 2026, Date of birth must be a real date",
                "28, 2, 2026, VALID",
            })
    void aRequiredDate(String day, String month, String year, String problem) {
        assertThat(problem("required", new DateInput(day, month, year))).isEqualTo(problem);
    }

    @Test
    void aMissingDateInputIsEmpty() {
        assertThat(problem("optional", null)).isNull();
        assertThat(problem("required", null)).isEqualTo("Enter the date of birth");
    }

    @ParameterizedTest(name = "[{index}] {0}/{1}/{2} -> {3}")
    @CsvSource(
            nullValues = "VALID",
            value = {
                "14, 3, 2026, VALID",
                "15, 3, 2026, VALID",
                "16, 3, 2026, Date of arrest must be today or in the past",
                "1, 1, 2027, Date of arrest must be today or in the past",
                "1, 1, 1990, VALID",
                "31, 2, 2026, Date of arrest must be a real date",
            })
    void aDateThatMustNotBeInTheFuture(String day, String month, String year, String problem) {
        assertThat(problem(MID_MARCH, "past", new DateInput(day, month, year))).isEqualTo(problem);
    }

    /**
     * Servers usually run on UTC. At 00:30 on 1 July in the UK (23:30 on 30 June UTC) it is already 1 July
     * for the person typing, so 1 July is "today", not the future.
     */
    @ParameterizedTest(name = "[{index}] {0}/{1}/{2} -> {3}")
    @CsvSource(
            nullValues = "VALID",
            value = {
                "30, 6, 2026, VALID",
                "1, 7, 2026, VALID",
                "2, 7, 2026, Date of arrest must be today or in the past",
            })
    void todayIsTheUkDateWhateverTheServerZone(String day, String month, String year, String problem) {
        Clock utcServerJustAfterUkMidnight = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertThat(problem(utcServerJustAfterUkMidnight, "past", new DateInput(day, month, year)))
                .isEqualTo(problem);
    }

    @Test
    void namesWithoutTheAreCapitalised() {
        assertThat(problem("plainName", new DateInput("31", "2", "2026")))
                .isEqualTo("Arrival date must be a real date");
    }

    @Test
    void theViolationBelongsToTheDateField() {
        Set<ConstraintViolation<Form>> violations =
                validator(MID_MARCH).validateValue(Form.class, "required", new DateInput());
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath().toString()).isEqualTo("required");
            assertThat(v.getMessage()).isEqualTo("Enter the date of birth");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-15, 15, 3, 2026",
        "2024-02-29, 29, 2, 2024",
    })
    void aDateInputRoundTrips(LocalDate date, String day, String month, String year) {
        DateInput input = DateInput.of(date);
        assertThat(input.getDay()).isEqualTo(day);
        assertThat(input.getMonth()).isEqualTo(month);
        assertThat(input.getYear()).isEqualTo(year);
        assertThat(input.toLocalDate()).isEqualTo(date);
        assertThat(input.isEmpty()).isFalse();
        assertThat(DateInput.of(null).isEmpty()).isTrue();
        assertThat(DateInput.of(null).toLocalDate()).isNull();
    }

    private static String problem(String field, DateInput input) {
        return problem(MID_MARCH, field, input);
    }

    private static String problem(Clock clock, String field, DateInput input) {
        Set<ConstraintViolation<Form>> violations = validator(clock).validateValue(Form.class, field, input);
        assertThat(violations).hasSizeLessThanOrEqualTo(1);
        return violations.isEmpty() ? null : violations.iterator().next().getMessage();
    }

    private static Validator validator(Clock clock) {
        ValidatorFactory defaults = Validation.buildDefaultValidatorFactory();
        ConstraintValidatorFactory fallback = defaults.getConstraintValidatorFactory();
        ConstraintValidatorFactory withClock = new ConstraintValidatorFactory() {
            @Override
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                return key == ValidDateValidator.class
                        ? key.cast(new ValidDateValidator(clock))
                        : fallback.getInstance(key);
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {}
        };
        return defaults.usingContext().constraintValidatorFactory(withClock).getValidator();
    }
}
