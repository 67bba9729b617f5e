package org.throughcare.compliance;

/** Whether a sample was tested, or why not. */
public enum DrugTestStatus {
    TESTED("Tested"),
    REFUSED("Refused"),
    NOT_PROVIDED("Not provided");

    private final String label;

    DrugTestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
