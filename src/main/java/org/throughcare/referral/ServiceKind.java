package org.throughcare.referral;

/** The kinds of service people are referred to (issue 10's list), as a provider offers them. */
public enum ServiceKind {
    COMMUNITY_DRUG_TREATMENT("Community drug treatment", Agency.TREATMENT_PROVIDER),
    ALCOHOL_SERVICE("Alcohol service", Agency.TREATMENT_PROVIDER),
    MENTAL_HEALTH("Mental health", Agency.TREATMENT_PROVIDER),
    RESIDENTIAL_REHAB("Residential rehabilitation", Agency.TREATMENT_PROVIDER),
    INPATIENT_DETOX("Inpatient detoxification", Agency.TREATMENT_PROVIDER),
    HOUSING_SUPPORT("Housing support", Agency.HOUSING),
    EDUCATION_AND_EMPLOYMENT("Education, training and employment support", Agency.SUPPORT_SERVICES),
    RELEASE_SUPPORT("Release support (RECONNECT-style)", Agency.SUPPORT_SERVICES),
    LIAISON_AND_DIVERSION("Liaison and Diversion", Agency.LIAISON_AND_DIVERSION),
    YOUTH_OFFENDING("Youth offending team or young people's service", Agency.YOUTH_JUSTICE);

    private final String label;
    private final Agency agency;

    ServiceKind(String label, Agency agency) {
        this.label = label;
        this.agency = agency;
    }

    /** The kind of agency a referral to this service shares information with: what consent must cover. */
    public Agency agency() {
        return agency;
    }

    public String label() {
        return label;
    }
}
