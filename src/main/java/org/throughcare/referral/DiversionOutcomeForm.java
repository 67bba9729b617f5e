package org.throughcare.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** The outcome of a diversion, its day and what followed. */
class DiversionOutcomeForm {

    @NotNull(message = "Select the outcome")
    private DiversionOutcome outcome;

    @ValidDate(name = "the date of the outcome", required = true)
    private DateInput on = new DateInput();

    @Size(max = 1000, message = "Notes must be 1,000 characters or fewer")
    private String notes;

    public DiversionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DiversionOutcome outcome) {
        this.outcome = outcome;
    }

    public DateInput getOn() {
        return on;
    }

    public void setOn(DateInput on) {
        this.on = on;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
