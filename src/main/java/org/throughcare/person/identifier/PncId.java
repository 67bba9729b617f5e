package org.throughcare.person.identifier;

import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Police National Computer IDs. The canonical form is {@code YYYY/NNNNNNNC}: the 4-digit year the record was
 * made, a 7-digit serial and a check letter. PNC prints and court lists also write them without the slash
 * ({@code YYYYNNNNNNNC}), with a 2-digit year ({@code YY/NNNNNNNC}) and both ({@code YYNNNNNNNC}); a serial of
 * fewer than 7 digits is zero-padded, and lower case and spaces are fine. So {@code 2014/0052371M},
 * {@code 20140052371M}, {@code 14/52371M} and {@code 1452371M} are one ID.
 *
 * <p>Without a slash the year is told from the length: 11 digits are a 4-digit year and a 7-digit serial; 3
 * to 9 digits are a 2-digit year and a serial of 1 to 7 digits. (10 digits would need a 4-digit year and a
 * 6-digit serial, which no one writes, so it is refused rather than guessed.)
 *
 * <p>The check letter is {@code "ZABCDEFGHJKLMNPQRTUVWXY"[int(YY + 7-digit serial) mod 23]}, where YY is the
 * last two digits of the year. For example 2001/0012345: 10012345 mod 23 = 8, so the letter is H.
 *
 * <p>A 2-digit year YY means 19YY if YY is after the current 2-digit year, otherwise 20YY: in 2026, "26/"
 * means 2026 and "27/" means 1927. A 4-digit year after the current year is not valid: the year is when the
 * record was made. (The check letter uses only YY, so this is the only way the current year affects validity.)
 */
public final class PncId {

    private static final Pattern FORM = Pattern.compile("([0-9]{4}|[0-9]{2})/([0-9]{1,7})([A-Z])");
    private static final Pattern WITHOUT_SLASH =
            Pattern.compile("([0-9]{4})([0-9]{7})([A-Z])|([0-9]{2})([0-9]{1,7})([A-Z])");
    private static final int MAX_SERIAL = 9_999_999;

    private PncId() {}

    /**
     * The canonical form ({@code YYYY/NNNNNNNC}) of a valid PNC ID, or empty if the input is not one.
     *
     * @param currentYear the year now, to decide the century of a 2-digit year and reject years after it
     */
    public static Optional<String> normalise(String input, int currentYear) {
        String compact = Identifiers.compact(input);
        if (compact == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(compact);
        if (matcher.matches()) {
            return checked(matcher.group(1), matcher.group(2), matcher.group(3), currentYear);
        }
        matcher = WITHOUT_SLASH.matcher(compact);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return matcher.group(1) != null
                ? checked(matcher.group(1), matcher.group(2), matcher.group(3), currentYear)
                : checked(matcher.group(4), matcher.group(5), matcher.group(6), currentYear);
    }

    private static Optional<String> checked(String yearDigits, String serialDigits, String letter, int currentYear) {
        int year = yearDigits.length() == 2
                ? fullYear(Integer.parseInt(yearDigits), currentYear)
                : Integer.parseInt(yearDigits);
        if (year > currentYear) {
            return Optional.empty();
        }
        String canonical = withCheckLetter(year, Integer.parseInt(serialDigits));
        return canonical.charAt(canonical.length() - 1) == letter.charAt(0) ? Optional.of(canonical) : Optional.empty();
    }

    /** {@link #normalise(String, int)} in the current year of the system clock. */
    public static Optional<String> normalise(String input) {
        return normalise(input, Year.now().getValue());
    }

    public static boolean isValid(String input, int currentYear) {
        return normalise(input, currentYear).isPresent();
    }

    /** {@link #isValid(String, int)} in the current year of the system clock. */
    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }

    /**
     * The canonical PNC ID for a year and serial, with its check letter. For making up demo data.
     *
     * @param year  a 4-digit year, 1000 to 9999
     * @param serial 0 to 9,999,999
     */
    public static String withCheckLetter(int year, int serial) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("The year of a PNC ID has 4 digits: " + year);
        }
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("The serial of a PNC ID has up to 7 digits: " + serial);
        }
        String serial7 = String.format("%07d", serial);
        String yy = String.format("%02d", year % 100);
        return year + "/" + serial7 + Identifiers.checkLetter(yy + serial7);
    }

    /** 19YY if YY is after the current 2-digit year, otherwise 20YY (generalised to any century). */
    static int fullYear(int yy, int currentYear) {
        int century = currentYear - currentYear % 100;
        return yy > currentYear % 100 ? century - 100 + yy : century + yy;
    }
}
