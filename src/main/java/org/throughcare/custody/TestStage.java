package org.throughcare.custody;

/** When the test happened: on arrest (adults) or on charge (from 14). */
public enum TestStage {
    ON_ARREST("On arrest"),
    ON_CHARGE("On charge");

    private final String label;

    TestStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
