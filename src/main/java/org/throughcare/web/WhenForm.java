package org.throughcare.web;

import java.time.Instant;

/**
 * A form that records when a step happened: GOV.UK date boxes and a 24-hour time box, both required and
 * not in the future, read in UK time. An action form extends it, adds its own fields and names its step,
 * and its template shows the two inputs with {@code fragments/forms :: whenInputs}, so every "when did
 * this happen" question is asked, checked and worded the same way.
 */
@ValidWhen
public abstract class WhenForm {

    private DateInput date = new DateInput();

    private String time;

    /**
     * The step as messages and labels name it after "date"/"time": "the sample was sent" gives "Enter the
     * date the sample was sent" and the label "Time the sample was sent".
     */
    public abstract String step();

    /** When it happened; null until the date and time are valid. */
    public Instant at() {
        return date == null ? null : date.at(time);
    }

    public DateInput getDate() {
        return date;
    }

    public void setDate(DateInput date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
