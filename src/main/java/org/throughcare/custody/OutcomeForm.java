package org.throughcare.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;
import org.throughcare.web.ValidTime;

import java.time.Instant;

/** What happened at a required assessment. */
class OutcomeForm {

    @NotNull(message = "Select what happened at the assessment")
    private AssessmentOutcome outcome;

    private AssessmentResult result;

    @Valid
    @ValidDate(name = "the date of the outcome", required = true, notInFuture = true)
    private DateInput date = new DateInput();

    @ValidTime(name = "the time of the outcome", required = true)
    private String time;

    Instant at() {
        return Times.at(date, time);
    }

    public AssessmentOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AssessmentOutcome outcome) {
        this.outcome = outcome;
    }

    public AssessmentResult getResult() {
        return result;
    }

    public void setResult(AssessmentResult result) {
        this.result = result;
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
