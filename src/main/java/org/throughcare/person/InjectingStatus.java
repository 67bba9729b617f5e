package org.throughcare.person;

/** Whether the person injects a substance. */
public enum InjectingStatus {
    CURRENT("Currently injecting"),
    PREVIOUS("Previously injected"),
    NEVER("Never injected"),
    DECLINED("Declined to say");

    private final String label;

    InjectingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
