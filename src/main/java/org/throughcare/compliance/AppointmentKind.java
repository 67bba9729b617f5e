package org.throughcare.compliance;

/** What an appointment under an order is for. */
public enum AppointmentKind {
    SUPERVISION("Supervision"),
    TREATMENT("Treatment"),
    DRUG_TEST("Drug test"),
    COURT_REVIEW("Court review"),
    OTHER("Other");

    private final String label;

    AppointmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
