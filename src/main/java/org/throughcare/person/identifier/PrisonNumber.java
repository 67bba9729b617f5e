package org.throughcare.person.identifier;

import java.util.Optional;
import java.util.regex.Pattern;

/** Prison numbers (NOMS numbers): a letter, 4 digits and 2 letters, e.g. A1234BC. There is no check digit. */
public final class PrisonNumber {

    private static final Pattern FORM = Pattern.compile("[A-Z][0-9]{4}[A-Z]{2}");

    private PrisonNumber() {}

    /** The prison number in upper case without spaces, or empty if the input is not one. */
    public static Optional<String> normalise(String input) {
        String compact = Identifiers.compact(input);
        return compact != null && FORM.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }
}
