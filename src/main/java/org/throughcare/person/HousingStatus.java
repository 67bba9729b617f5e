package org.throughcare.person;

/** Where the person lives now; acute housing need drives risk and reporting. */
public enum HousingStatus {
    SETTLED("Settled"),
    TEMPORARY("Temporary accommodation"),
    NO_FIXED_ABODE("No fixed abode"),
    AT_RISK_OF_EVICTION("At risk of eviction");

    private final String label;

    HousingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
