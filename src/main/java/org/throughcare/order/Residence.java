package org.throughcare.order;

/** Whether a DRR's treatment is given where the person lives in (residential) or not. */
public enum Residence {
    RESIDENT("Resident"),
    NON_RESIDENT("Non-resident");

    private final String label;

    Residence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
