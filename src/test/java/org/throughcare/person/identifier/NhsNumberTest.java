package org.throughcare.person.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NhsNumberTest {

    // Digits 1-9 times weights 10..2, summed; check = 11 - (sum mod 11); 11 -> 0; 10 -> no valid number.
    @ParameterizedTest
    @CsvSource({
        // 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 299; 299 mod 11 = 2; 11 - 2 = 9
        "9434765919,         9434765919",
        "943 476 5919,       9434765919",
        "943-476-5919,       9434765919",
        "'  943 476 5919  ', 9434765919",
        "943 - 476 - 5919,   9434765919",
        // 4*10 + 0 + 1*8 + 0 + 2*6 + 3*5 + 2*4 + 1*3 + 3*2 = 92; 92 mod 11 = 4; 11 - 4 = 7
        "401 023 2137,       4010232137",
        // the test range passes the check (999 000 0000 to 999 999 9999): refused outside demo mode by the service
        "999 000 0018,       9990000018",
        // 1*10 = 10; 10 mod 11 = 10; 11 - 10 = 1
        "100 000 0001,       1000000001",
    })
    void validNumbersNormaliseToTenDigits(String input, String expected) {
        assertThat(NhsNumber.normalise(input)).contains(expected);
        assertThat(NhsNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "943 476 5910,  wrong check digit (should be 9)",
        "943 476 5918,  wrong check digit (should be 9)",
        "401 023 2136,  wrong check digit (should be 7)",
        // 1*10 + 2*9 + 3*8 + 4*7 + 5*6 + 6*5 + 7*4 + 8*3 + 9*2 = 210; 210 mod 11 = 1; 11 - 1 = 10: no number
        "123 456 7890,  first nine digits have no check digit",
        "123 456 7891,  first nine digits have no check digit",
        "943 476 591,   9 digits",
        "943 476 59190, 11 digits",
        "943 476 591X,  a letter",
        "943.476.5919,  dots are not separators",
        "943/476/5919,  slashes are not separators",
        "+44 943 476 5919, not a phone number",
    })
    void invalidNumbersAreRejected(String input, String why) {
        assertThat(NhsNumber.normalise(input)).as(why).isEmpty();
        assertThat(NhsNumber.isValid(input)).as(why).isFalse();
    }

    /** Each passes modulus 11 (54 times the digit, so the check digit is the digit itself) but is never issued. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000000000",
                "1111111111",
                "2222222222",
                "3333333333",
                "4444444444",
                "555 555 5555",
                "6666666666",
                "7777777777",
                "8888888888",
                "9999999999"
            })
    void oneDigitTenTimesIsNeverIssued(String input) {
        String digits = input.replace(" ", "");
        assertThat(NhsNumber.withCheckDigit(digits.substring(0, 9))).contains(digits);
        assertThat(NhsNumber.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"9990000018, true", "9989999999, false", "9434765919, false"})
    void theTestRangeIsKnown(String digits, boolean test) {
        assertThat(NhsNumber.isTestNumber(digits)).isEqualTo(test);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", " - "})
    void nothingIsNotAValidNumber(String input) {
        assertThat(NhsNumber.normalise(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "9434765919,   943 476 5919",
        "943-476-5919, 943 476 5919",
        "943 476 5919, 943 476 5919",
    })
    void formatsThreeThreeFour(String input, String expected) {
        assertThat(NhsNumber.format(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591", "94347659190", "943476591X", ""})
    void formatNeedsTenDigits(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> NhsNumber.format(input));
    }

    @ParameterizedTest
    @CsvSource({
        "943476591, 9434765919",
        "401023213, 4010232137",
        "000000000, 0000000000",
        "123456789, ''",
    })
    void addsTheCheckDigitWhenThereIsOne(String nineDigits, String expected) {
        Optional<String> number = NhsNumber.withCheckDigit(nineDigits);
        if (expected.isEmpty()) {
            assertThat(number).isEmpty();
        } else {
            assertThat(number).contains(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"94347659", "9434765919", "94347659X", "943 476 59"})
    void withCheckDigitNeedsNineDigits(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> NhsNumber.withCheckDigit(input));
    }

    @Test
    void generatedNumbersAreValidAndAnyOtherCheckDigitIsNot() {
        Random random = new Random(20260101L);
        int generated = 0;
        int impossible = 0;
        for (int i = 0; i < 1000; i++) {
            String nineDigits = String.format("%09d", random.nextInt(1_000_000_000));
            Optional<String> number = NhsNumber.withCheckDigit(nineDigits);
            if (number.isEmpty()) {
                impossible++;
                for (char last = '0'; last <= '9'; last++) {
                    assertThat(NhsNumber.isValid(nineDigits + last)).isFalse();
                }
                continue;
            }
            generated++;
            String digits = number.get();
            assertThat(digits).startsWith(nineDigits).hasSize(10);
            assertThat(NhsNumber.normalise(digits)).contains(digits);
            assertThat(NhsNumber.normalise(NhsNumber.format(digits))).contains(digits);
            for (char last = '0'; last <= '9'; last++) {
                if (last != digits.charAt(9)) {
                    assertThat(NhsNumber.isValid(nineDigits + last))
                            .as(nineDigits + last)
                            .isFalse();
                }
            }
        }
        // About 1 in 11 nine-digit prefixes has no check digit.
        assertThat(generated).isGreaterThan(850);
        assertThat(impossible).isGreaterThan(40);
    }
}
