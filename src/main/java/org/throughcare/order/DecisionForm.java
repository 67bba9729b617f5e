package org.throughcare.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** The court's decision on an order: the outcome, its date, a new end date for an amendment, and notes. */
class DecisionForm {

    @NotNull(message = "Select the court’s decision")
    private OrderOutcome outcome;

    @ValidDate(name = "the date of the decision", required = true)
    private DateInput decidedOn = new DateInput();

    @ValidDate(name = "the new end date")
    private DateInput newEndsOn = new DateInput();

    @Size(max = 2000, message = "Notes must be 2,000 characters or fewer")
    private String notes;

    public OrderOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(OrderOutcome outcome) {
        this.outcome = outcome;
    }

    public DateInput getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(DateInput decidedOn) {
        this.decidedOn = decidedOn;
    }

    public DateInput getNewEndsOn() {
        return newEndsOn;
    }

    public void setNewEndsOn(DateInput newEndsOn) {
        this.newEndsOn = newEndsOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
