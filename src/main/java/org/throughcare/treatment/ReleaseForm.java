package org.throughcare.treatment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** A release from prison: when, from where, naloxone, and the continuity-of-care referral. */
class ReleaseForm {

    @ValidDate(name = "the date of release", required = true)
    private DateInput releasedOn = new DateInput();

    @NotBlank(message = "Enter the prison the person was released from")
    @Size(max = 120, message = "Prison must be 120 characters or fewer")
    private String prison;

    @NotNull(message = "Select whether naloxone was supplied")
    private Boolean naloxone;

    @NotNull(message = "Select whether a continuity-of-care referral was made")
    private Boolean continuityReferral;

    public DateInput getReleasedOn() {
        return releasedOn;
    }

    public void setReleasedOn(DateInput releasedOn) {
        this.releasedOn = releasedOn;
    }

    public String getPrison() {
        return prison;
    }

    public void setPrison(String prison) {
        this.prison = prison;
    }

    public Boolean getNaloxone() {
        return naloxone;
    }

    public void setNaloxone(Boolean naloxone) {
        this.naloxone = naloxone;
    }

    public Boolean getContinuityReferral() {
        return continuityReferral;
    }

    public void setContinuityReferral(Boolean continuityReferral) {
        this.continuityReferral = continuityReferral;
    }
}
