package org.throughcare.common;

/**
 * Text typed by users, made safe to store: PostgreSQL refuses the NUL character in text, and no other
 * control character belongs in a name, a note or a search either. Tabs and line breaks stay. An optional field
 * left blank is stored as null, never as spaces.
 */
public final class Text {

    private Text() {}

    public static String withoutControlCharacters(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
            if (control && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? text : clean.toString();
    }

    /** What a user typed in an optional field: trimmed, or null when they left it empty or blank. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
