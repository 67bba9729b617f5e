package org.throughcare.dashboard;

/** Where a programme's treatment happens. */
enum ProgrammeSetting {
    COMMUNITY("Community"),
    RESIDENTIAL("Residential"),
    BOTH("Community and residential");

    private final String label;

    ProgrammeSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
