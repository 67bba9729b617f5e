package org.throughcare.custody;

public enum AssessmentResult {
    CARE_PLAN("Care plan"),
    REFERRAL("Referral"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    AssessmentResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
