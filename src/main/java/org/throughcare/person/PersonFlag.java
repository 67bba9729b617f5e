package org.throughcare.person;

/** Risks and circumstances every worker should see first. */
public enum PersonFlag {
    OVERDOSE_HISTORY("Overdose history"),
    PREGNANCY("Pregnant"),
    RECENTLY_RELEASED("Recently released from prison"),
    SELF_HARM("Self-harm risk"),
    VIOLENCE("Risk of violence to staff"),
    CARE_LEAVER("Care leaver");

    private final String label;

    PersonFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
