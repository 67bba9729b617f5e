package org.throughcare.treatment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** A reintegration need: its area, what it is, the action agreed, any referral made for it, and when identified. */
class NeedForm {

    @NotNull(message = "Select the area of the need")
    private ReintegrationArea area;

    @NotBlank(message = "Enter what the need is")
    @Size(max = 1000, message = "The need must be 1,000 characters or fewer")
    private String need;

    @NotBlank(message = "Enter the action agreed with the person")
    @Size(max = 1000, message = "The action agreed must be 1,000 characters or fewer")
    private String actionAgreed;

    private Long referralId;

    @ValidDate(name = "the date the need was identified", required = true)
    private DateInput identifiedOn = new DateInput();

    public ReintegrationArea getArea() {
        return area;
    }

    public void setArea(ReintegrationArea area) {
        this.area = area;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public String getActionAgreed() {
        return actionAgreed;
    }

    public void setActionAgreed(String actionAgreed) {
        this.actionAgreed = actionAgreed;
    }

    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    public DateInput getIdentifiedOn() {
        return identifiedOn;
    }

    public void setIdentifiedOn(DateInput identifiedOn) {
        this.identifiedOn = identifiedOn;
    }
}
