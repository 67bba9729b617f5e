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
 * Check letter = "ZABCDEFGHJKLMNPQRTUVWXY"[int(YY + 7-digit serial) mod 23]. The alphabet by index:
 * Z0 A1 B2 C3 D4 E5 F6 G7 H8 J9 K10 L11 M12 N13 P14 Q15 R16 T17 U18 V19 W20 X21 Y22.
 */
class PncIdTest {

    private static final int THIS_YEAR = 2026;

    @ParameterizedTest
    @CsvSource({
        // YY=01, serial 0012345: 10012345 = 23 * 435319 + 8 -> H
        "2001/0012345H,       2001/0012345H",
        "01/12345H,           2001/0012345H",
        "01/0012345H,         2001/0012345H",
        "2001/12345H,         2001/0012345H",
        "2001/0012345h,       2001/0012345H",
        "'  01/12345h  ',     2001/0012345H",
        "2001 / 0012345 H,    2001/0012345H",
        // YY=99, serial 0000001: 990000001 = 23 * 43043478 + 7 -> G; 99 is after 26, so 1999
        "1999/0000001G,       1999/0000001G",
        "99/1G,               1999/0000001G",
        // YY=23, serial 1234567: 231234567 = 23 * 10053676 + 19 -> V
        "2023/1234567V,       2023/1234567V",
        "23/1234567V,         2023/1234567V",
        // YY=85, serial 0654321: 850654321 = 23 * 36984970 + 11 -> L
        "85/654321L,          1985/0654321L",
        // YY=00, serial 0000000: 0 mod 23 = 0 -> Z
        "2000/0000000Z,       2000/0000000Z",
        "00/0Z,               2000/0000000Z",
        // YY=26, serial 0000042: 260000042 = 23 * 11304349 + 15 -> Q; 26 is not after 26, so 2026
        "26/42Q,              2026/0000042Q",
        // YY=27, serial 0000042: 270000042 = 23 * 11739132 + 6 -> F; 27 is after 26, so 1927
        "27/42F,              1927/0000042F",
    })
    void validIdsNormaliseToTheLongForm(String input, String expected) {
        assertThat(PncId.normalise(input, THIS_YEAR)).contains(expected);
        assertThat(PncId.isValid(input, THIS_YEAR)).isTrue();
    }

    /**
     * Every written form of DOMAIN.md's example, and the boundaries of the check: serials of 1 and 7 digits,
     * years 19xx and 20xx, and the last two letters of the alphabet (Y = 22, Z = 0).
     */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // 14 0052371: 140052371 = 23 * 6089233 + 12 -> M
        "2014/0052371M,   2014/0052371M",
        "20140052371M,    2014/0052371M",
        "14/52371M,       2014/0052371M",
        "1452371M,        2014/0052371M",
        "140052371M,      2014/0052371M",
        "2014/52371M,     2014/0052371M",
        "2014 0052371 m,  2014/0052371M",
        // serial of 1 digit, 19xx, check letter Y: 880000009 mod 23 = 22 -> Y
        "1988/0000009Y,   1988/0000009Y",
        "19880000009Y,    1988/0000009Y",
        "88/9Y,           1988/0000009Y",
        "889Y,            1988/0000009Y",
        // serial of 1 digit, 20xx, check letter Z: 110000007 mod 23 = 0 -> Z
        "2011/0000007Z,   2011/0000007Z",
        "20110000007Z,    2011/0000007Z",
        "117Z,            2011/0000007Z",
        // serial of 7 digits, 19xx: 999999999 mod 23 = 19 -> V
        "1999/9999999V,   1999/9999999V",
        "19999999999V,    1999/9999999V",
        "999999999V,      1999/9999999V",
        // serial of 7 digits, 20xx, check letter Z: 201234567 mod 23 = 0 -> Z
        "2020/1234567Z,   2020/1234567Z",
        "20201234567Z,    2020/1234567Z",
        "201234567Z,      2020/1234567Z",
    })
    void everyWrittenFormIsTheSameId(String input, String canonical) {
        assertThat(PncId.normalise(input, THIS_YEAR)).contains(canonical);
    }

    @ParameterizedTest
    @CsvSource({
        "2001/0012345X,  wrong check letter (should be H)",
        "01/12345G,      wrong check letter (should be H)",
        "2001/0012345I,  I is never a check letter",
        "2001/0012345,   no check letter",
        "2001/0012345HH, two letters",
        "2001-0012345H,  dash instead of slash",
        "20010012345X,   no slash and the wrong check letter (should be H)",
        "1452371N,       short form without a slash and the wrong check letter (should be M)",
        "2001012345H,    10 digits without a slash: neither a 4-digit year with 7 digits nor a 2-digit year",
        "014H,           2-digit year and a serial",
        "12H,            no serial",
        "200100123456H,  12 digits without a slash",
        "20270000042F,   year after this year, without a slash",
        "201/0012345H,   3-digit year",
        "1/0012345H,     1-digit year",
        "02001/0012345H, 5-digit year",
        "2001/00123456H, 8-digit serial",
        "2001/H,         no serial",
        "A001/0012345H,  letter in the year",
        "2001/001234SH,  letter in the serial",
        "H2001/0012345,  check letter first",
        // 270000042 mod 23 = 6 -> F, but 2027 is after this year; "27/42F" would mean 1927
        "2027/0000042F,  year after this year",
    })
    void invalidIdsAreRejected(String input, String why) {
        assertThat(PncId.normalise(input, THIS_YEAR)).as(why).isEmpty();
        assertThat(PncId.isValid(input, THIS_YEAR)).as(why).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "/"})
    void nothingIsNotAValidId(String input) {
        assertThat(PncId.normalise(input, THIS_YEAR)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0,  2026, 2000",
        "26, 2026, 2026",
        "27, 2026, 1927",
        "99, 2026, 1999",
        "99, 2099, 2099",
        "0,  2100, 2100",
        "1,  2100, 2001",
    })
    void twoDigitYearsAreNeverInTheFuture(int yy, int currentYear, int expected) {
        assertThat(PncId.fullYear(yy, currentYear)).isEqualTo(expected);
    }

    @Test
    void theCenturyOfAShortFormDependsOnTheCurrentYear() {
        assertThat(PncId.normalise("27/42F", 2026)).contains("1927/0000042F");
        assertThat(PncId.normalise("27/42F", 2027)).contains("2027/0000042F");
        assertThat(PncId.isValid("2027/0000042F", 2027)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "2001, 12345,   2001/0012345H",
        "1985, 654321,  1985/0654321L",
        "2023, 1234567, 2023/1234567V",
        "2000, 0,       2000/0000000Z",
    })
    void withCheckLetterGivesTheCanonicalForm(int year, int serial, String expected) {
        assertThat(PncId.withCheckLetter(year, serial)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"99, 1", "10000, 1", "2001, -1", "2001, 10000000"})
    void withCheckLetterNeedsAFourDigitYearAndSevenDigitSerial(int year, int serial) {
        assertThatIllegalArgumentException().isThrownBy(() -> PncId.withCheckLetter(year, serial));
    }

    @Test
    void generatedIdsAreValidInBothFormsAndAnyOtherLetterIsNot() {
        Random random = new Random(20260101L);
        for (int i = 0; i < 1000; i++) {
            // 1927..2026: the years a short form can mean in 2026
            int year = 1927 + random.nextInt(100);
            int serial = random.nextInt(10_000_000);
            String id = PncId.withCheckLetter(year, serial);

            assertThat(id).matches("[0-9]{4}/[0-9]{7}[A-Z]");
            assertThat(PncId.normalise(id, THIS_YEAR)).contains(id);
            assertThat(PncId.normalise(id.toLowerCase(), THIS_YEAR)).contains(id);
            String shortForm = id.substring(2, 5) + serial + id.charAt(12);
            assertThat(PncId.normalise(shortForm, THIS_YEAR)).as(shortForm).contains(id);
            assertThat(PncId.normalise(id.replace("/", ""), THIS_YEAR)).contains(id);
            assertThat(PncId.normalise(shortForm.replace("/", ""), THIS_YEAR))
                    .as(shortForm)
                    .contains(id);
            for (char letter : Identifiers.CHECK_LETTERS.toCharArray()) {
                if (letter != id.charAt(12)) {
                    assertThat(PncId.isValid(id.substring(0, 12) + letter, THIS_YEAR))
                            .isFalse();
                }
            }
        }
    }
}
