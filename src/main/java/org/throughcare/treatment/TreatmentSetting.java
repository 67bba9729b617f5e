package org.throughcare.treatment;

/** Where treatment is given (DOMAIN.md stage 9). */
public enum TreatmentSetting {
    COMMUNITY("Community"),
    RESIDENTIAL_REHAB("Residential rehabilitation"),
    INPATIENT_DETOX("Inpatient detoxification"),
    PRISON("Prison");

    private final String label;

    TreatmentSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
