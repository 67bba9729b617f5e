package org.throughcare.compliance;

/** How the court dealt with a breach (DOMAIN.md stage 6, order outcomes), or why it went no further. */
public enum BreachResult {
    CONTINUED("Order continued"),
    MADE_MORE_ONEROUS("Order made more onerous"),
    REVOKED_RESENTENCED("Order revoked and re-sentenced"),
    WITHDRAWN("Breach withdrawn"),
    NOT_PROVEN("Breach not proven");

    private final String label;

    BreachResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
