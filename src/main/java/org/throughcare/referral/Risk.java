package org.throughcare.referral;

/** The risk an L&D practitioner judges at screening. */
public enum Risk {
    LOW("Low", "green"),
    MEDIUM("Medium", "yellow"),
    HIGH("High", "red");

    private final String label;
    private final String colour;

    Risk(String label, String colour) {
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
