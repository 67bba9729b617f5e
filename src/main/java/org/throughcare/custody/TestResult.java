package org.throughcare.custody;

enum TestResult {
    POSITIVE("Positive"),
    NEGATIVE("Negative");

    private final String label;

    TestResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
