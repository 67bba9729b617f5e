package org.throughcare.custody;

import jakarta.validation.Valid;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;
import org.throughcare.web.ValidTime;

import java.time.Instant;

/** When a disputed positive sample was sent to the confirmatory lab. */
class DisputeForm {

    @Valid
    @ValidDate(name = "the date the sample was sent", required = true, notInFuture = true)
    private DateInput date = new DateInput();

    @ValidTime(name = "the time the sample was sent", required = true)
    private String time;

    Instant at() {
        return Times.at(date, time);
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
