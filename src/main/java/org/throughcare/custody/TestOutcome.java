package org.throughcare.custody;

/** What happened when a test was asked for. */
public enum TestOutcome {
    TESTED("Tested"),
    REFUSED("Refused"),
    NO_VALID_SAMPLE("No valid sample");

    private final String label;

    TestOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
