package org.throughcare.compliance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The compliance tag, one row per case (DOMAIN.md stage 7). */
class ComplianceTagTest {

    @ParameterizedTest(name = "{0} failures, breach open {1}: {2} ({3})")
    @CsvSource({
        "0, false, 0 failures,         green",
        "1, false, 1 failure,          grey",
        "2, false, 2 failures,         red",
        "7, false, 7 failures,         red",
        "0, true,  Breach in progress, red",
        "3, true,  Breach in progress, red",
    })
    void tag(long failures, boolean breachOpen, String text, String colour) {
        assertThat(ComplianceTag.of(failures, breachOpen)).isEqualTo(new ComplianceTag(text, colour));
    }
}
