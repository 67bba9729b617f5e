package org.throughcare.person.identifier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PrisonNumberTest {

    @ParameterizedTest
    @CsvSource({
        "A1234BC,        A1234BC",
        "a1234bc,        A1234BC",
        "'  A1234BC  ',  A1234BC",
        "z0000zz,        Z0000ZZ",
        "A 1234 BC,      A1234BC",
    })
    void validNumbersNormaliseToUpperCase(String input, String expected) {
        assertThat(PrisonNumber.normalise(input)).contains(expected);
        assertThat(PrisonNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "A1234B,   one letter at the end",
        "A1234BCD, three letters at the end",
        "A123BC,   3 digits",
        "A12345BC, 5 digits",
        "1234ABC,  no letter first",
        "AB1234C,  two letters first",
        "A1234B1,  digit at the end",
        "A-1234-BC, dashes",
        "X123456,  a CRN",
    })
    void invalidNumbersAreRejected(String input, String why) {
        assertThat(PrisonNumber.normalise(input)).as(why).isEmpty();
        assertThat(PrisonNumber.isValid(input)).as(why).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void nothingIsNotAValidNumber(String input) {
        assertThat(PrisonNumber.normalise(input)).isEmpty();
    }
}
