package org.throughcare.order;

/** What the court decided at a review (DOMAIN.md stage 6). */
public enum ReviewOutcome {
    SATISFACTORY_PROGRESS("Satisfactory progress"),
    CONCERNS("Concerns"),
    AMENDED("Order amended"),
    REVIEWED_ON_PAPERS("Reviewed on papers");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
