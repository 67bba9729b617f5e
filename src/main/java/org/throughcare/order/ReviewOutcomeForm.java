package org.throughcare.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** What happened at a court review. */
class ReviewOutcomeForm {

    @ValidDate(name = "the date of the review", required = true)
    private DateInput heldOn = new DateInput();

    @NotNull(message = "Select whether the person attended")
    private ReviewAttendance attendance;

    @NotNull(message = "Select the outcome of the review")
    private ReviewOutcome outcome;

    @Size(max = 2000, message = "Notes must be 2,000 characters or fewer")
    private String notes;

    public DateInput getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(DateInput heldOn) {
        this.heldOn = heldOn;
    }

    public ReviewAttendance getAttendance() {
        return attendance;
    }

    public void setAttendance(ReviewAttendance attendance) {
        this.attendance = attendance;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ReviewOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
