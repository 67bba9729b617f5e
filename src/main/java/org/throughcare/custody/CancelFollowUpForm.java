package org.throughcare.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;
import org.throughcare.web.ValidTime;

import java.time.Instant;

/** The assessor cancels the follow-up assessment, with a reason. */
class CancelFollowUpForm {

    @NotBlank(message = "Enter why the assessor cancelled the follow-up assessment")
    @Size(max = 500, message = "Reason must be 500 characters or fewer")
    private String reason;

    @Valid
    @ValidDate(name = "the date it was cancelled", required = true, notInFuture = true)
    private DateInput date = new DateInput();

    @ValidTime(name = "the time it was cancelled", required = true)
    private String time;

    Instant at() {
        return Times.at(date, time);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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
