package org.throughcare.web;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day typed into one text box, as GOV.UK asks for it: 24-hour "14:30" (also "14.30" or
 * "9:05"), or 12-hour with am or pm ("2:30pm", "2pm"). Check it with {@link ValidTime}.
 */
public final class TimeText {

    private static final Pattern TWENTY_FOUR = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final Pattern TWELVE = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?m\\.?");

    private TimeText() {}

    /** The time, or null when the text is empty or not a real time. */
    public static LocalTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim().toLowerCase(Locale.UK);
        Matcher m = TWENTY_FOUR.matcher(value);
        if (m.matches()) {
            return time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = TWELVE.matcher(value);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 1 || hour > 12) {
                return null;
            }
            return time(hour % 12 + (m.group(3).equals("p") ? 12 : 0), minute);
        }
        return null;
    }

    /** How a time is shown back in a form. */
    public static String format(LocalTime time) {
        return time == null ? "" : String.format(Locale.UK, "%02d:%02d", time.getHour(), time.getMinute());
    }

    private static LocalTime time(int hour, int minute) {
        return hour <= 23 && minute <= 59 ? LocalTime.of(hour, minute) : null;
    }
}
