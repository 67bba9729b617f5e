package org.throughcare.person;

/**
 * Why a team opened a case with someone another team recorded: the case is what gives the team access to
 * their record, so the reason is kept, audited and shown to managers.
 */
public enum CaseAccessReason {
    NEW_CUSTODY_CONTACT("New custody contact"),
    COURT_ALLOCATION("Court allocation"),
    REFERRAL_RECEIVED("Referral received"),
    TRANSFER_IN("Transfer in from another area or service"),
    OTHER("Other");

    private final String label;

    CaseAccessReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
