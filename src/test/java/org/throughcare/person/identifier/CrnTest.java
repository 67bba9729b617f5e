package org.throughcare.person.identifier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CrnTest {

    @ParameterizedTest
    @CsvSource({
        "X123456,         X123456",
        "x123456,         X123456",
        "'  X123456  ',   X123456",
        "A000000,         A000000",
        "x 123 456,       X123456",
    })
    void validCrnsNormaliseToUpperCase(String input, String expected) {
        assertThat(Crn.normalise(input)).contains(expected);
        assertThat(Crn.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "X12345,   5 digits",
        "X1234567, 7 digits",
        "123456X,  letter last",
        "XX23456,  two letters",
        "X12345A,  letter at the end",
        "1234567,  no letter",
        "X-123456, dash",
        "É123456,  not an A to Z letter",
    })
    void invalidCrnsAreRejected(String input, String why) {
        assertThat(Crn.normalise(input)).as(why).isEmpty();
        assertThat(Crn.isValid(input)).as(why).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void nothingIsNotAValidCrn(String input) {
        assertThat(Crn.normalise(input)).isEmpty();
    }
}
