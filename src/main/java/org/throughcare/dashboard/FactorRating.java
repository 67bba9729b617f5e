package org.throughcare.dashboard;

/** A programme's own rating of one success factor. */
enum FactorRating {
    IN_PLACE("In place", "green"),
    PARTLY("Partly in place", "yellow"),
    NOT_IN_PLACE("Not in place", "red");

    private final String label;
    private final String colour;

    FactorRating(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour it is shown in. */
    public String colour() {
        return colour;
    }
}
