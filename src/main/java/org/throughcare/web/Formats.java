package org.throughcare.web;

import org.springframework.stereotype.Component;
import org.throughcare.common.UkTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as GOV.UK style writes them, in UK time. Templates call it as
 * {@code ${#formats.dateTime(user.lastSignedInAt)}} ({@link FormatsDialect}).
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    public String date(LocalDate date) {
        return ukDate(date);
    }

    /** The same as {@link #date}, for rules and entities that word their own messages without the bean. */
    public static String ukDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(UkTime.ZONE);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }
}
