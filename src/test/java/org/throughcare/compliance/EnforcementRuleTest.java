package org.throughcare.compliance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.compliance.EnforcementKind.BREACH;
import static org.throughcare.compliance.EnforcementKind.WARNING;

/** The Schedule 10 rule, one row per case, around the 12-month boundary. */
class EnforcementRuleTest {

    static final LocalDate FAILURE = LocalDate.of(2026, 6, 17);

    final EnforcementRule rule = new EnforcementRule(Period.ofMonths(12));

    @ParameterizedTest(name = "warning on {0}, open breach {1}: {2}")
    @CsvSource({
        // no warning at all
        ",           false, WARNING_OR_BREACH",
        // exactly 12 months before the failure: outside the 12 months ending with the failure's day
        "2025-06-17, false, WARNING_OR_BREACH",
        // one day inside the window
        "2025-06-18, false, BREACH_REQUIRED",
        // one day outside the window
        "2025-06-16, false, WARNING_OR_BREACH",
        // the day before the failure, and the day itself
        "2026-06-16, false, BREACH_REQUIRED",
        "2026-06-17, false, BREACH_REQUIRED",
        // a warning after the failure does not count against it
        "2026-06-18, false, WARNING_OR_BREACH",
        // an open breach: this failure joins it, whatever the warnings
        ",           true,  BREACH_IN_PROGRESS",
        "2026-01-01, true,  BREACH_IN_PROGRESS",
    })
    void decides(LocalDate warning, boolean openBreach, EnforcementRule.Decision expected) {
        List<LocalDate> warnings = warning == null ? List.of() : List.of(warning);

        EnforcementRule.Choice choice = rule.decide(FAILURE, warnings, openBreach);

        assertThat(choice.decision()).isEqualTo(expected);
        assertThat(choice.allows(BREACH)).isTrue();
        assertThat(choice.allows(WARNING)).isEqualTo(expected == EnforcementRule.Decision.WARNING_OR_BREACH);
    }

    @Test
    void anyWarningInTheWindowRequiresBreachAndTheReasonNamesTheWindow() {
        EnforcementRule.Choice choice =
                rule.decide(FAILURE, List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 2, 1)), false);

        assertThat(choice.decision()).isEqualTo(EnforcementRule.Decision.BREACH_REQUIRED);
        assertThat(choice.reason())
                .isEqualTo("Breach action is required: a warning was given in the 12 months" + " before this failure.");
    }

    @Test
    void theWindowIsConfiguration() {
        EnforcementRule sixMonths = new EnforcementRule(Period.ofMonths(6));

        assertThat(sixMonths
                        .decide(FAILURE, List.of(LocalDate.of(2025, 12, 18)), false)
                        .decision())
                .isEqualTo(EnforcementRule.Decision.BREACH_REQUIRED);
        assertThat(sixMonths
                        .decide(FAILURE, List.of(LocalDate.of(2025, 12, 17)), false)
                        .decision())
                .isEqualTo(EnforcementRule.Decision.WARNING_OR_BREACH);
    }
}
