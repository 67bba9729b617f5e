package org.throughcare.treatment;

/** How far a reintegration need was met. */
public enum NeedOutcome {
    MET("Met", "green"),
    PARTLY_MET("Partly met", "yellow"),
    NOT_MET("Not met", "red");

    private final String label;
    private final String colour;

    NeedOutcome(String label, String colour) {
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
