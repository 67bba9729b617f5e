package org.throughcare.order;

/**
 * The requirements an order can carry. The three community sentence treatment requirements need the person's
 * expressed willingness to comply; the rest are simple records.
 */
public enum RequirementKind {
    DRR("Drug rehabilitation requirement (DRR)", "DRR", true),
    ATR("Alcohol treatment requirement (ATR)", "ATR", true),
    MHTR("Mental health treatment requirement (MHTR)", "MHTR", true),
    DRUG_TESTING("Drug testing requirement", "Drug testing", false),
    UNPAID_WORK("Unpaid work", "Unpaid work", false),
    CURFEW("Curfew", "Curfew", false),
    REHABILITATION_ACTIVITY("Rehabilitation activity requirement", "RAR", false);

    private final String label;
    private final String shortLabel;
    private final boolean treatment;

    RequirementKind(String label, String shortLabel, boolean treatment) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.treatment = treatment;
    }

    public String label() {
        return label;
    }

    public String shortLabel() {
        return shortLabel;
    }

    /** A community sentence treatment requirement: no willingness to comply, no requirement. */
    public boolean needsWillingness() {
        return treatment;
    }
}
