package org.throughcare.referral;

/**
 * A lawful basis for sharing a person's information with an agency without their consent (UK GDPR Art. 6, 9
 * and 10, Data Protection Act 2018 Sch 1 and 2). Recorded with a reason on the referral, audited and shown.
 */
public enum LawfulBasis {
    PREVENTION_OF_CRIME("Prevention or detection of crime"),
    SAFEGUARDING("Safeguarding a child or an adult at risk"),
    VITAL_INTERESTS("To protect the person's life or prevent serious harm"),
    LEGAL_OBLIGATION("A legal obligation or a court's direction");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
