package org.throughcare.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.throughcare.web.WhenForm;

/** Withdrawing a consent: when, and why. */
class WithdrawConsentForm extends WhenForm {

    @NotBlank(message = "Enter why the person withdrew consent")
    @Size(max = 300, message = "Reason must be 300 characters or fewer")
    private String reason;

    @Override
    public String step() {
        return "consent was withdrawn";
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
