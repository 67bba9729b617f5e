package org.throughcare.referral;

/** The kinds of service people are referred to (issue 10's list), as a provider offers them. */
public enum ServiceKind {
    COMMUNITY_DRUG_TREATMENT("Community drug treatment"),
    ALCOHOL_SERVICE("Alcohol service"),
    MENTAL_HEALTH("Mental health"),
    RESIDENTIAL_REHAB("Residential rehabilitation"),
    INPATIENT_DETOX("Inpatient detoxification"),
    HOUSING_SUPPORT("Housing support"),
    EDUCATION_AND_EMPLOYMENT("Education, training and employment support"),
    RELEASE_SUPPORT("Release support (RECONNECT-style)"),
    LIAISON_AND_DIVERSION("Liaison and Diversion"),
    YOUTH_OFFENDING("Youth offending team or young people's service");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
