package org.throughcare.custody;

public enum AssessmentKind {
    INITIAL("Initial assessment"),
    FOLLOW_UP("Follow-up assessment");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
