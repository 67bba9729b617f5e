package org.throughcare.dashboard;

/** The sector a programme's partner agency works in: partnership across health, care, voluntary and justice. */
enum PartnerSector {
    POLICE("Police"),
    COURTS("Courts (magistrates, judges, court staff)"),
    PROBATION("Probation"),
    PRISON("Prison"),
    HEALTH("Health"),
    TREATMENT("Drug and alcohol treatment"),
    SOCIAL_CARE("Social care"),
    HOUSING("Housing"),
    VOLUNTARY("Voluntary sector"),
    OTHER("Other");

    private final String label;

    PartnerSector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
