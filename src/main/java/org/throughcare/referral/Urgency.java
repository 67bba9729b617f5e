package org.throughcare.referral;

/** How soon the receiving service should respond. */
public enum Urgency {
    ROUTINE("Routine"),
    URGENT("Urgent");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
