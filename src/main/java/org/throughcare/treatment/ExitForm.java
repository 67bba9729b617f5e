package org.throughcare.treatment;

import jakarta.validation.constraints.NotNull;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** Ends an episode: when, and why. */
class ExitForm {

    @ValidDate(name = "the date the episode ended", required = true)
    private DateInput exitOn = new DateInput();

    @NotNull(message = "Select why the episode ended")
    private ExitReason reason;

    private long version;

    public DateInput getExitOn() {
        return exitOn;
    }

    public void setExitOn(DateInput exitOn) {
        this.exitOn = exitOn;
    }

    public ExitReason getReason() {
        return reason;
    }

    public void setReason(ExitReason reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
