package org.throughcare.custody;

import org.throughcare.common.UkTime;
import org.throughcare.web.DateInput;
import org.throughcare.web.TimeText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** Date boxes plus a time box, read as an instant in UK time; null when either is missing or not real. */
final class Times {

    private Times() {}

    static Instant at(DateInput date, String time) {
        LocalDate day = date == null ? null : date.toLocalDate();
        LocalTime clock = TimeText.parse(time);
        return day == null || clock == null
                ? null
                : day.atTime(clock).atZone(UkTime.ZONE).toInstant();
    }

    static DateInput date(Instant instant) {
        return DateInput.of(instant.atZone(UkTime.ZONE).toLocalDate());
    }

    static String time(Instant instant) {
        return TimeText.format(instant.atZone(UkTime.ZONE).toLocalTime());
    }
}
