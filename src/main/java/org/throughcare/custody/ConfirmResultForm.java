package org.throughcare.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;
import org.throughcare.web.ValidTime;

import java.time.Instant;

/** The confirmatory lab's result for a disputed sample. */
class ConfirmResultForm {

    @NotNull(message = "Select the confirmed result")
    private TestResult confirmedResult;

    @Valid
    @ValidDate(name = "the date of the confirmed result", required = true, notInFuture = true)
    private DateInput date = new DateInput();

    @ValidTime(name = "the time of the confirmed result", required = true)
    private String time;

    Instant at() {
        return Times.at(date, time);
    }

    public TestResult getConfirmedResult() {
        return confirmedResult;
    }

    public void setConfirmedResult(TestResult confirmedResult) {
        this.confirmedResult = confirmedResult;
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
