package org.throughcare.custody;

enum SampleType {
    ORAL_FLUID("Oral fluid"),
    URINE("Urine");

    private final String label;

    SampleType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
