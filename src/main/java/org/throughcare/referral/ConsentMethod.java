package org.throughcare.referral;

/** How consent was given. */
public enum ConsentMethod {
    VERBAL("Verbally"),
    WRITTEN("In writing");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
