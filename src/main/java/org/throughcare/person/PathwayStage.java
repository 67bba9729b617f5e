package org.throughcare.person;

/**
 * The key stages of the pathway, in order, between which the timeline counts days: arrest, assessment,
 * referral, engagement (first treatment appointment attended), retained at 12 weeks.
 */
public enum PathwayStage {
    ARREST("Arrest"),
    ASSESSMENT("Assessment"),
    REFERRAL("Referral"),
    ENGAGEMENT("Engagement"),
    RETAINED("Retained at 12 weeks");

    private final String label;

    PathwayStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
