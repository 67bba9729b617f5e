package org.throughcare.person.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Check letter = "ZABCDEFGHJKLMNPQRTUVWXY"[int(YY + 6-digit serial) mod 23]. The alphabet by index:
 * Z0 A1 B2 C3 D4 E5 F6 G7 H8 J9 K10 L11 M12 N13 P14 Q15 R16 T17 U18 V19 W20 X21 Y22.
 */
class CroNumberTest {

    @ParameterizedTest
    @CsvSource({
        // YY=01, serial 012345: 01012345 = 23 * 44015 + 0 -> Z
        "012345/01Z,        012345/01Z",
        "12345/01Z,         012345/01Z",
        "012345/01z,        012345/01Z",
        "'  12345/01z  ',   012345/01Z",
        "012345 / 01 Z,     012345/01Z",
        // YY=99, serial 123456: 99123456 = 23 * 4309715 + 11 -> L
        "123456/99L,        123456/99L",
        // YY=85, serial 000001: 85000001 = 23 * 3695652 + 5 -> E
        "1/85E,             000001/85E",
        // YY=07, serial 654321: 07654321 = 23 * 332796 + 13 -> N
        "654321/07N,        654321/07N",
        // YY=18, serial 000123: 18000123 = 23 * 782614 + 1 -> A
        "123/18A,           000123/18A",
        // YY=00, serial 000000: 0 mod 23 = 0 -> Z
        "0/00Z,             000000/00Z",
        // serial of 1 digit, check letter Y: 09000014 mod 23 = 22 -> Y; and 999912/75: 75999912 mod 23 = 0 -> Z
        "14/09Y,            000014/09Y",
        "999912/75Z,        999912/75Z",
    })
    void validNumbersNormaliseToTheCanonicalForm(String input, String expected) {
        assertThat(CroNumber.normalise(input)).contains(expected);
        assertThat(CroNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "012345/01X,    wrong check letter (should be Z)",
        "123456/99K,    wrong check letter (should be L)",
        "012345/01O,    O is never a check letter",
        "012345/01,     no check letter",
        "012345/1Z,     1-digit year",
        "012345/2001Z,  4-digit year",
        "1234567/01Z,   7-digit serial",
        "/01Z,          no serial",
        "012345-01Z,    dash instead of slash",
        "01234501Z,     no slash",
        "01/012345Z,    year and serial swapped (PNC-like)",
        "SF01/012345X,  SF number with the wrong check letter (should be Z)",
        "SF1/012345Z,   SF number with a 1-digit year",
        "SF01/1234567Z, SF number with a 7-digit serial",
        "FS01/012345Z,  letters the wrong way round",
        "012345/SF01Z,  SF after the serial",
        "A12345/01Z,    letter in the serial",
    })
    void invalidNumbersAreRejected(String input, String why) {
        assertThat(CroNumber.normalise(input)).as(why).isEmpty();
        assertThat(CroNumber.isValid(input)).as(why).isFalse();
    }

    /** Records made without fingerprints: SFYY/NNNNNNC, the same check on YY + serial. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // 09 061238: 09061238 = 23 * 393966 + 20 -> W
        "SF09/61238W,     SF09/061238W",
        "SF09/061238W,    SF09/061238W",
        "sf09/61238w,     SF09/061238W",
        "SF0961238W,      SF09/061238W",
        "SF 09 / 061238 W, SF09/061238W",
        // serial of 1 digit, check letter Y: 09000014 mod 23 = 22 -> Y
        "SF09/14Y,        SF09/000014Y",
        // 6-digit serial, check letter Z: 75999912 mod 23 = 0 -> Z
        "SF75/999912Z,    SF75/999912Z",
    })
    void sfNumbersNormaliseToTheirOwnCanonicalForm(String input, String canonical) {
        assertThat(CroNumber.normalise(input)).contains(canonical);
        assertThat(CroNumber.isWithoutFingerprints(canonical)).isTrue();
    }

    @Test
    void anSfNumberIsNotTheFingerprintNumberWithTheSameDigits() {
        String fingerprint = CroNumber.normalise("061238/09W").orElseThrow();
        String sf = CroNumber.normalise("SF09/061238W").orElseThrow();

        assertThat(sf).isNotEqualTo(fingerprint);
        assertThat(CroNumber.isWithoutFingerprints(fingerprint)).isFalse();
        assertThat(CroNumber.withoutFingerprints(61238, 9)).isEqualTo(sf);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "/"})
    void nothingIsNotAValidNumber(String input) {
        assertThat(CroNumber.normalise(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "12345,  1,  012345/01Z",
        "123456, 99, 123456/99L",
        "1,      85, 000001/85E",
        "654321, 7,  654321/07N",
    })
    void withCheckLetterGivesTheCanonicalForm(int serial, int yy, String expected) {
        assertThat(CroNumber.withCheckLetter(serial, yy)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"-1, 1", "1000000, 1", "1, -1", "1, 100", "1, 2001"})
    void withCheckLetterNeedsASixDigitSerialAndTwoDigitYear(int serial, int yy) {
        assertThatIllegalArgumentException().isThrownBy(() -> CroNumber.withCheckLetter(serial, yy));
    }

    @Test
    void generatedNumbersAreValidAndAnyOtherLetterIsNot() {
        Random random = new Random(20260101L);
        for (int i = 0; i < 1000; i++) {
            int serial = random.nextInt(1_000_000);
            int yy = random.nextInt(100);
            String number = CroNumber.withCheckLetter(serial, yy);

            assertThat(number).matches("[0-9]{6}/[0-9]{2}[A-Z]");
            assertThat(CroNumber.normalise(number)).contains(number);
            String unpadded = serial + number.substring(6);
            assertThat(CroNumber.normalise(unpadded.toLowerCase())).as(unpadded).contains(number);
            for (char letter : Identifiers.CHECK_LETTERS.toCharArray()) {
                if (letter != number.charAt(9)) {
                    assertThat(CroNumber.isValid(number.substring(0, 9) + letter))
                            .isFalse();
                }
            }
        }
    }
}
