package org.throughcare.treatment;

import jakarta.validation.constraints.NotNull;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** Adds an intervention to an episode: which, from when, and until when if it is already over. */
class InterventionForm {

    @NotNull(message = "Select the intervention")
    private InterventionKind kind;

    @ValidDate(name = "the date the intervention started", required = true)
    private DateInput startedOn = new DateInput();

    @ValidDate(name = "the date the intervention ended")
    private DateInput endedOn = new DateInput();

    public InterventionKind getKind() {
        return kind;
    }

    public void setKind(InterventionKind kind) {
        this.kind = kind;
    }

    public DateInput getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(DateInput startedOn) {
        this.startedOn = startedOn;
    }

    public DateInput getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(DateInput endedOn) {
        this.endedOn = endedOn;
    }
}
