package org.throughcare.custody;

public enum AssessmentOutcome {
    ATTENDED_AND_REMAINED("Attended and remained"),
    FAILED_TO_ATTEND("Failed to attend"),
    DID_NOT_REMAIN("Did not remain");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Failing to attend or to stay is an offence the assessor tells the police about. */
    public boolean failure() {
        return this != ATTENDED_AND_REMAINED;
    }
}
