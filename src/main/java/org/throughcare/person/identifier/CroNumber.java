package org.throughcare.person.identifier;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Criminal Records Office numbers, {@code NNNNNN/YYC}: a serial of up to 6 digits (zero-padded to 6 in the
 * canonical form), a 2-digit year and a check letter
 * {@code "ZABCDEFGHJKLMNPQRTUVWXY"[int(YY + 6-digit serial) mod 23]}. For example 012345/01: 01012345 mod 23
 * = 0, so the letter is Z.
 *
 * <p>A record made without fingerprints carries an SF number instead, written {@code SFYY/NNNNNNC} (canonical
 * with the serial zero-padded to 6; the slash may be left out) with the same check on {@code YY + serial}. It is
 * a different number from the fingerprint CRO number with the same digits, so its canonical form keeps the
 * {@code SF} prefix and its own order, and {@link #isWithoutFingerprints(String)} tells them apart.
 */
public final class CroNumber {

    private static final Pattern FORM = Pattern.compile("([0-9]{1,6})/([0-9]{2})([A-Z])");
    private static final Pattern SF_FORM = Pattern.compile("SF([0-9]{2})/?([0-9]{1,6})([A-Z])");
    private static final String SF = "SF";
    private static final int MAX_SERIAL = 999_999;

    private CroNumber() {}

    /** The canonical form ({@code NNNNNN/YYC}) of a valid CRO number, or empty if the input is not one. */
    public static Optional<String> normalise(String input) {
        String compact = Identifiers.compact(input);
        if (compact == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(compact);
        String canonical;
        String letter;
        if (matcher.matches()) {
            canonical = withCheckLetter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            letter = matcher.group(3);
        } else if ((matcher = SF_FORM.matcher(compact)).matches()) {
            canonical = withoutFingerprints(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
            letter = matcher.group(3);
        } else {
            return Optional.empty();
        }
        return canonical.charAt(canonical.length() - 1) == letter.charAt(0) ? Optional.of(canonical) : Optional.empty();
    }

    /** Whether a canonical CRO number is an SF number: a record made without fingerprints. */
    public static boolean isWithoutFingerprints(String canonical) {
        return canonical != null && canonical.startsWith(SF);
    }

    /**
     * The canonical SF number ({@code SFYY/NNNNNNC}) for a serial and 2-digit year, with its check letter. For
     * making up demo data.
     */
    public static String withoutFingerprints(int serial, int yy) {
        String fingerprint = withCheckLetter(serial, yy);
        return SF + fingerprint.substring(7, 9) + "/" + fingerprint.substring(0, 6) + fingerprint.charAt(9);
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }

    /**
     * The canonical CRO number for a serial and 2-digit year, with its check letter. For making up demo data.
     *
     * @param serial 0 to 999,999
     * @param yy     0 to 99
     */
    public static String withCheckLetter(int serial, int yy) {
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("The serial of a CRO number has up to 6 digits: " + serial);
        }
        if (yy < 0 || yy > 99) {
            throw new IllegalArgumentException("The year of a CRO number has 2 digits: " + yy);
        }
        String serial6 = String.format("%06d", serial);
        String year = String.format("%02d", yy);
        return serial6 + "/" + year + Identifiers.checkLetter(year + serial6);
    }
}
