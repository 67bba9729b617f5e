package org.throughcare.referral;

/** Where a referral is, derived from its recorded steps: sent, then the last step recorded. */
public enum ReferralStatus {
    SENT("Awaiting acknowledgement", "blue"),
    ACKNOWLEDGED("Acknowledged", "light-blue"),
    ASSESSED("Assessed", "light-blue"),
    ENGAGED("Engaged", "turquoise"),
    RETAINED("Retained at 12 weeks", "green"),
    COMPLETED("Completed", "green"),
    DECLINED_BY_PERSON("Declined by the person", "grey"),
    DID_NOT_ENGAGE("Did not engage", "orange"),
    REJECTED_BY_SERVICE("Rejected by the service", "red"),
    WITHDRAWN("Withdrawn", "grey"),
    TRANSFERRED("Transferred", "purple");

    private final String label;
    private final String colour;

    ReferralStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String colour() {
        return colour;
    }

    /** The status a step leaves the referral in. */
    static ReferralStatus after(ReferralStep step) {
        return valueOf(step.name());
    }

    /** Whether nothing more can be recorded. */
    public boolean ended() {
        return this == COMPLETED || ordinal() > COMPLETED.ordinal();
    }
}
