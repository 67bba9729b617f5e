package org.throughcare.treatment;

/** The areas of a person's reintegration (DOMAIN.md stage 12). */
public enum ReintegrationArea {
    HOUSING("Housing"),
    EDUCATION_TRAINING_EMPLOYMENT("Education, training and employment"),
    FINANCE_AND_BENEFITS("Finance and benefits"),
    ID("Identification documents"),
    FAMILY("Family");

    private final String label;

    ReintegrationArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
