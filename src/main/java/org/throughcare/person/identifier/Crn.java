package org.throughcare.person.identifier;

import java.util.Optional;
import java.util.regex.Pattern;

/** Probation case reference numbers (CRN): one letter and 6 digits, e.g. X123456. There is no check digit. */
public final class Crn {

    private static final Pattern FORM = Pattern.compile("[A-Z][0-9]{6}");

    private Crn() {}

    /** The CRN in upper case without spaces, or empty if the input is not one. */
    public static Optional<String> normalise(String input) {
        String compact = Identifiers.compact(input);
        return compact != null && FORM.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }
}
