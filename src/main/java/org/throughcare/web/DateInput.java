package org.throughcare.web;

import org.throughcare.common.UkTime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The three boxes of a GOV.UK date input, kept as typed so a mistake can be shown back to the user.
 * Check it with {@link ValidDate}; read it with {@link #toLocalDate()}.
 */
public class DateInput {

    private String day;
    private String month;
    private String year;

    public DateInput() {}

    public DateInput(String day, String month, String year) {
        this.day = day;
        this.month = month;
        this.year = year;
    }

    public static DateInput of(LocalDate date) {
        return date == null
                ? new DateInput()
                : new DateInput(
                        String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean isEmpty() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, or null when the boxes are empty or do not make a real date. */
    public LocalDate toLocalDate() {
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1000 || y > 9999) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return null;
        }
    }

    /** This date at a time typed as {@link TimeText}, in UK time; null when either is missing or not real. */
    public Instant at(String time) {
        LocalDate date = toLocalDate();
        LocalTime clock = TimeText.parse(time);
        return date == null || clock == null
                ? null
                : date.atTime(clock).atZone(UkTime.ZONE).toInstant();
    }

    /** Which box is missing when only some were filled in, for the GOV.UK "must include a ..." message. */
    String firstMissingPart() {
        if (blank(day)) {
            return "day";
        }
        if (blank(month)) {
            return "month";
        }
        if (blank(year)) {
            return "year";
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
