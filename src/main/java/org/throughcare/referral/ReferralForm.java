package org.throughcare.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.WhenForm;

/** A new referral: to whom, from which stage, why, how urgent, when sent, and any lawful basis without consent. */
class ReferralForm extends WhenForm {

    @NotNull(message = "Select who the referral is to")
    private Long providerId;

    @NotNull(message = "Select where the need was found")
    private ReferralStage fromStage;

    @NotNull(message = "Select how urgent the referral is")
    private Urgency urgency;

    @NotBlank(message = "Enter why the person is referred")
    @Size(max = 2000, message = "Why they are referred must be 2,000 characters or fewer")
    private String reason;

    private LawfulBasis lawfulBasis;

    private Long screeningId;

    @Size(max = 1000, message = "Why information is shared without consent must be 1,000 characters or fewer")
    private String lawfulBasisReason;

    @Override
    public String step() {
        return "the referral was sent";
    }

    NewReferral toReferral(Long personId) {
        return new NewReferral(
                personId, providerId, fromStage, reason, urgency, at(), lawfulBasis, lawfulBasisReason, screeningId);
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public ReferralStage getFromStage() {
        return fromStage;
    }

    public void setFromStage(ReferralStage fromStage) {
        this.fromStage = fromStage;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getScreeningId() {
        return screeningId;
    }

    public void setScreeningId(Long screeningId) {
        this.screeningId = screeningId;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    public void setLawfulBasis(LawfulBasis lawfulBasis) {
        this.lawfulBasis = lawfulBasis;
    }

    public String getLawfulBasisReason() {
        return lawfulBasisReason;
    }

    public void setLawfulBasisReason(String lawfulBasisReason) {
        this.lawfulBasisReason = lawfulBasisReason;
    }
}
