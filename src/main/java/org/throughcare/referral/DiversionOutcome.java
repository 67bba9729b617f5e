package org.throughcare.referral;

/** What followed a diversion. */
public enum DiversionOutcome {
    COMPLIED("Complied with the conditions", "green"),
    NOT_COMPLIED_PROSECUTED("Did not comply: prosecuted", "red"),
    NOT_COMPLIED_OTHER_ACTION("Did not comply: other action", "orange"),
    WITHDRAWN("Withdrawn", "grey");

    private final String label;
    private final String colour;

    DiversionOutcome(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
