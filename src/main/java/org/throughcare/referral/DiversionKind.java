package org.throughcare.referral;

/** Out-of-court disposals and diversion schemes with a drug condition (DOMAIN.md stage 5). */
public enum DiversionKind {
    CONDITIONAL_CAUTION("Conditional caution with a drug condition"),
    COMMUNITY_RESOLUTION("Community resolution"),
    POLICE_LED_DIVERSION("Police-led diversion scheme"),
    EDUCATION_OR_ASSESSMENT("Referral to education or assessment instead of prosecution");

    private final String label;

    DiversionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
