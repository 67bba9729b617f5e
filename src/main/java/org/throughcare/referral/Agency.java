package org.throughcare.referral;

/** The kinds of agency a person can consent to information being shared with (DOMAIN.md, data protection). */
public enum Agency {
    POLICE("the police"),
    COURTS("the courts"),
    PROBATION("probation"),
    TREATMENT_PROVIDER("a treatment provider"),
    GP("their GP"),
    HOUSING("housing services"),
    LIAISON_AND_DIVERSION("Liaison and Diversion"),
    SUPPORT_SERVICES("education, employment and release support services"),
    YOUTH_JUSTICE("the youth justice service");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    /** As it reads after "sharing information with". */
    public String label() {
        return label;
    }
}
