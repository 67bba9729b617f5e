package org.throughcare.treatment;

import jakarta.validation.constraints.NotNull;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** The outcome of a reintegration need, and the day it was reached. */
class NeedOutcomeForm {

    @NotNull(message = "Select the outcome")
    private NeedOutcome outcome;

    @ValidDate(name = "the date of the outcome", required = true)
    private DateInput on = new DateInput();

    public NeedOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(NeedOutcome outcome) {
        this.outcome = outcome;
    }

    public DateInput getOn() {
        return on;
    }

    public void setOn(DateInput on) {
        this.on = on;
    }
}
