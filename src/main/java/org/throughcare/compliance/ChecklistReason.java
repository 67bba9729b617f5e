package org.throughcare.compliance;

/** Why a revision of the compliance checklist was made: at the start of the order, after a failure, or a review. */
public enum ChecklistReason {
    START("Start of the order"),
    AFTER_FAILURE("After a failure to comply"),
    REVIEW("Review");

    private final String label;

    ChecklistReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
