package org.throughcare.referral;

/** The needs an L&D screening looks for. */
public enum ScreeningNeed {
    SUBSTANCE_USE("Substance use"),
    MENTAL_HEALTH("Mental health"),
    LEARNING_DISABILITY("Learning disability or difficulty"),
    PHYSICAL_HEALTH("Physical health"),
    HOUSING("Housing"),
    SOCIAL("Social care or social needs");

    private final String label;

    ScreeningNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
