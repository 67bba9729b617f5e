package org.throughcare.person.identifier;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NHS numbers: 10 digits, shown 3-3-4 ("943 476 5919"). The tenth digit is a modulus 11 check: multiply digits
 * 1 to 9 by 10 down to 2, add them up, and subtract the remainder mod 11 from 11. A result of 11 means a check
 * digit of 0; a result of 10 means the first nine digits cannot be an NHS number.
 */
public final class NhsNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");
    private static final int NO_CHECK_DIGIT = 10;

    private NhsNumber() {}

    /**
     * The 10 digits of a valid NHS number typed with or without spaces or dashes (e.g. "943 476 5919" or
     * "943-476-5919"), or empty if the input is not a valid NHS number.
     */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(input).replaceAll("");
        if (!TEN_DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        if (neverIssued(digits)) {
            return Optional.empty();
        }
        int check = checkDigit(digits.substring(0, 9));
        return check == digits.charAt(9) - '0' ? Optional.of(digits) : Optional.empty();
    }

    /** One digit ten times (0000000000, 1111111111, ...) passes the check but is never given to anyone. */
    private static boolean neverIssued(String digits) {
        return digits.chars().allMatch(c -> c == digits.charAt(0));
    }

    /** The 999 range is kept for testing and synthetic data: never a real person's number. */
    public static boolean isTestNumber(String digits) {
        return digits != null && digits.startsWith("999");
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }

    /**
     * The number shown 3-3-4 with spaces, e.g. "943 476 5919". Accepts 10 digits with or without separators;
     * does not check the check digit.
     *
     * @throws IllegalArgumentException if the input is not 10 digits
     */
    public static String format(String digits) {
        String compact = digits == null ? "" : SEPARATORS.matcher(digits).replaceAll("");
        if (!TEN_DIGITS.matcher(compact).matches()) {
            throw new IllegalArgumentException("An NHS number has 10 digits: " + digits);
        }
        return compact.substring(0, 3) + " " + compact.substring(3, 6) + " " + compact.substring(6);
    }

    /**
     * The valid 10-digit NHS number that starts with the given nine digits, or empty when no check digit fits
     * (the check works out to 10). For making up demo data.
     *
     * @throws IllegalArgumentException if the input is not exactly 9 digits
     */
    public static Optional<String> withCheckDigit(String nineDigits) {
        if (nineDigits == null || !NINE_DIGITS.matcher(nineDigits).matches()) {
            throw new IllegalArgumentException("Expected 9 digits: " + nineDigits);
        }
        int check = checkDigit(nineDigits);
        return check == NO_CHECK_DIGIT ? Optional.empty() : Optional.of(nineDigits + check);
    }

    /** 0 to 9, or 10 when there is no valid check digit. */
    private static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
