package org.throughcare.treatment;

/** When in an episode an outcome review is made: at its start, about every 6 months, or at its exit. */
enum OutcomeReviewKind {
    START("Treatment start", "At the start of treatment: one per episode, the earliest"),
    REVIEW("Review", "About every 6 months while in treatment"),
    EXIT("Treatment exit", "When the episode has ended: at most one, the latest");

    private final String label;
    private final String hint;

    OutcomeReviewKind(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    String label() {
        return label;
    }

    String hint() {
        return hint;
    }
}
