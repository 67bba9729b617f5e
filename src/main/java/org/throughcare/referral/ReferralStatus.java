package org.throughcare.referral;

import java.time.Instant;

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

    /**
     * The status a referral's recorded steps give: the outcome it was closed with, else the furthest step recorded.
     * The one rule for the entity and for summaries read as plain rows.
     */
    static ReferralStatus of(
            ReferralStep closedOutcome,
            Instant completedAt,
            Instant retainedAt,
            Instant engagedAt,
            Instant assessedAt,
            Instant acknowledgedAt) {
        if (closedOutcome != null) {
            return after(closedOutcome);
        }
        if (completedAt != null) {
            return COMPLETED;
        }
        if (retainedAt != null) {
            return RETAINED;
        }
        if (engagedAt != null) {
            return ENGAGED;
        }
        if (assessedAt != null) {
            return ASSESSED;
        }
        if (acknowledgedAt != null) {
            return ACKNOWLEDGED;
        }
        return SENT;
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
