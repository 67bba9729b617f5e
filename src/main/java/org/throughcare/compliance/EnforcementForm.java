package org.throughcare.compliance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** The decision after a failure to comply: a warning or breach action, its date and notes. */
class EnforcementForm {

    @NotNull(message = "Select a warning or breach action")
    private EnforcementKind kind;

    @ValidDate(name = "the date of the decision", required = true, notInFuture = true)
    private DateInput decidedOn = new DateInput();

    @Size(max = 2000, message = "Notes must be 2000 characters or fewer")
    private String notes;

    public EnforcementKind getKind() {
        return kind;
    }

    public void setKind(EnforcementKind kind) {
        this.kind = kind;
    }

    public DateInput getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(DateInput decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
