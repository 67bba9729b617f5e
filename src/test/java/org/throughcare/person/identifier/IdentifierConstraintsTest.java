package org.throughcare.person.identifier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The constraints through real validators: Hibernate Validator on its own, and as Spring configures it. */
class IdentifierConstraintsTest {

    static class Form {
        @ValidNhsNumber
        String nhsNumber;

        @ValidPncId
        String pncId;

        @ValidCroNumber
        String croNumber;

        @ValidCrn
        String crn;

        @ValidPrisonNumber
        String prisonNumber;

        static Form allOf(String value) {
            Form form = new Form();
            form.nhsNumber = value;
            form.pncId = value;
            form.croNumber = value;
            form.crn = value;
            form.prisonNumber = value;
            return form;
        }

        Form with(String field, String value) {
            switch (field) {
                case "nhsNumber" -> nhsNumber = value;
                case "pncId" -> pncId = value;
                case "croNumber" -> croNumber = value;
                case "crn" -> crn = value;
                case "prisonNumber" -> prisonNumber = value;
                default -> throw new IllegalArgumentException(field);
            }
            return this;
        }
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static Form valid() {
        Form form = new Form();
        form.nhsNumber = "943 476 5919";
        form.pncId = "01/12345h";
        form.croNumber = "12345/01Z";
        form.crn = "x123456";
        form.prisonNumber = "a1234bc";
        return form;
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void emptyFieldsAreValidBecauseTheyAreOptional(String nothing) {
        assertThat(validator.validate(Form.allOf(nothing))).isEmpty();
    }

    @Test
    void realIdentifiersAreValid() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nhsNumber    | 943 476 5910   | Enter a real NHS number, like 943 476 5919",
                "nhsNumber    | 943 476 591    | Enter a real NHS number, like 943 476 5919",
                "pncId        | 2001/0012345X  | Enter a PNC ID as it is written on the PNC, like 2014/0052371M, 20140052371M, 14/52371M or 1452371M, with the right check letter",
                "pncId        | 2001-0012345H  | Enter a PNC ID as it is written on the PNC, like 2014/0052371M, 20140052371M, 14/52371M or 1452371M, with the right check letter",
                "croNumber    | 012345/01X     | Enter a CRO number like 012345/01Z, or an SF number like SF09/061238W, with the right check letter",
                "croNumber    | 012345/2001Z   | Enter a CRO number like 012345/01Z, or an SF number like SF09/061238W, with the right check letter",
                "crn          | X12345         | Enter a CRN in the format X123456",
                "prisonNumber | A1234B         | Enter a prison number in the format A1234BC",
            })
    void eachWrongIdentifierGetsItsOwnMessage(String field, String value, String message) {
        Set<ConstraintViolation<Form>> violations = validator.validate(valid().with(field, value));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString(field);
            assertThat(violation.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void theExamplesInTheMessagesAreValid() {
        assertThat(NhsNumber.isValid("943 476 5919")).isTrue();
        assertThat(PncId.isValid("2001/0012345H", 2026)).isTrue();
        assertThat(PncId.isValid("01/12345H", 2026)).isTrue();
        assertThat(CroNumber.isValid("012345/01Z")).isTrue();
        assertThat(Crn.isValid("X123456")).isTrue();
        assertThat(PrisonNumber.isValid("A1234BC")).isTrue();
    }

    private static Clock yearOf(int year) {
        return Clock.fixed(Instant.parse(year + "-06-15T12:00:00Z"), ZoneId.of("Europe/London"));
    }

    @Test
    void withoutSpringThePncValidatorUsesTheValidationClockProvider() {
        Form form = valid().with("pncId", "2027/0000042F");
        for (int year : new int[] {2026, 2027}) {
            try (ValidatorFactory fixed = Validation.byDefaultProvider()
                    .configure()
                    .clockProvider(() -> yearOf(year))
                    .buildValidatorFactory()) {
                assertThat(fixed.getValidator().validate(form))
                        .as("in %d", year)
                        .hasSize(year == 2026 ? 1 : 0);
            }
        }
    }

    @Test
    void withSpringThePncValidatorUsesTheClockBean() {
        assertThat(validateInSpring(2026, valid().with("pncId", "2027/0000042F")))
                .singleElement()
                .satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("pncId"));
        assertThat(validateInSpring(2027, valid().with("pncId", "2027/0000042F")))
                .isEmpty();
        assertThat(validateInSpring(2026, valid().with("pncId", "27/42F"))).isEmpty();
        assertThat(validateInSpring(2026, valid().with("croNumber", "012345/01X")))
                .hasSize(1);
    }

    private static Set<ConstraintViolation<Form>> validateInSpring(int year, Form form) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(Clock.class, () -> yearOf(year));
            context.registerBean(LocalValidatorFactoryBean.class);
            context.refresh();
            return context.getBean(LocalValidatorFactoryBean.class).validate(form);
        }
    }
}
