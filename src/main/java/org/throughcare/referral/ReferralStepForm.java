package org.throughcare.referral;

import jakarta.validation.constraints.Size;
import org.throughcare.web.WhenForm;

/** One step of a referral: when it happened and, for a step that closes it, why. */
class ReferralStepForm extends WhenForm {

    @Size(max = 1000, message = "Why must be 1,000 characters or fewer")
    private String reason;

    private long version;

    private String stepLabel = "it happened";

    @Override
    public String step() {
        return stepLabel;
    }

    /** Names the step in the labels: "Date of acknowledgement" reads from "the referral was acknowledged". */
    ReferralStepForm named(String label) {
        this.stepLabel = label;
        return this;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
