package org.throughcare.referral;

/** How an L&D screening ended. */
public enum ScreeningOutcome {
    REFERRED("Referred on"),
    ALREADY_SUPPORTED("Already supported by a service"),
    DECLINED("Declined support"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    ScreeningOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
