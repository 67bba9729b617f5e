package org.throughcare.dashboard;

/** The treatment philosophy a programme states: one of the success factors is that it states one. */
enum TreatmentPhilosophy {
    ABSTINENCE("Abstinence-based"),
    HARM_REDUCTION("Harm reduction");

    private final String label;

    TreatmentPhilosophy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
