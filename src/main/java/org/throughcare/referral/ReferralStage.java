package org.throughcare.referral;

import org.throughcare.user.Role;

/** The stage of the pathway a referral is made from: where the need was found. */
public enum ReferralStage {
    CUSTODY("Police custody"),
    LIAISON_AND_DIVERSION("Liaison and Diversion"),
    COURT("Court"),
    PROBATION("Probation"),
    PRISON_RELEASE("Release from prison"),
    SELF("Self-referral");

    private final String label;

    ReferralStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Where a worker in this role usually refers from: the form's starting choice. */
    static ReferralStage usualFor(Role role) {
        return switch (role) {
            case LIAISON_DIVERSION -> LIAISON_AND_DIVERSION;
            case PROBATION_OFFICER -> PROBATION;
            case TREATMENT_WORKER -> SELF;
            default -> CUSTODY;
        };
    }
}
