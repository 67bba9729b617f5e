package org.throughcare.order;

/** Whether the person attended a court review; a review on papers needs no attendance. */
public enum ReviewAttendance {
    ATTENDED("Attended"),
    DID_NOT_ATTEND("Did not attend"),
    NOT_REQUIRED("Not required (on papers)");

    private final String label;

    ReviewAttendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
