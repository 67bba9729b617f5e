package org.throughcare.person.identifier;

import java.util.Locale;
import java.util.regex.Pattern;

/** Helpers shared by the identifier classes. */
final class Identifiers {

    /**
     * The check letters of PNC IDs and CRO numbers, indexed by the number modulo 23. I, O and S are left out
     * because they look like 1, 0 and 5.
     */
    static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Identifiers() {}

    /** The input without any whitespace, in upper case; null stays null. */
    static String compact(String input) {
        return input == null ? null : WHITESPACE.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The check letter for a number written as decimal digits, e.g. "010012345" (leading zeros are fine). */
    static char checkLetter(String digits) {
        return CHECK_LETTERS.charAt((int) (Long.parseLong(digits) % CHECK_LETTERS.length()));
    }

    static boolean isBlank(CharSequence value) {
        return value == null || value.toString().isBlank();
    }
}
