package org.throughcare.compliance;

/** What the officer decides after a failure to comply. */
public enum EnforcementKind {
    WARNING("Warning"),
    BREACH("Breach action");

    private final String label;

    EnforcementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
