package org.throughcare.order;

/** Where an order stands on a day, derived from its dates and the decision that ended it. */
public enum OrderStatus {
    NOT_STARTED("Not started", "grey"),
    ACTIVE("Active", "green"),
    PAST_END_DATE("Past end date: outcome to record", "orange"),
    ENDED("Ended", "grey");

    private final String label;
    private final String colour;

    OrderStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour that shows it. */
    public String colour() {
        return colour;
    }
}
