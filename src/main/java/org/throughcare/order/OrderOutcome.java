package org.throughcare.order;

/**
 * The court's decisions on an order (DOMAIN.md stage 6). Some end it; the others are kept as its history while it
 * runs on.
 */
public enum OrderOutcome {
    COMPLETED("Completed", true),
    REVOKED_GOOD_PROGRESS("Revoked early for good progress", true),
    REVOKED_RESENTENCED("Revoked and re-sentenced", true),
    AMENDED("Amended", false),
    BREACHED_CONTINUED("Breached and continued", false),
    MADE_MORE_ONEROUS("Breached and made more onerous", false);

    private final String label;
    private final boolean ends;

    OrderOutcome(String label, boolean ends) {
        this.label = label;
        this.ends = ends;
    }

    public String label() {
        return label;
    }

    public boolean endsOrder() {
        return ends;
    }
}
