package org.throughcare.person;

/** Stated sex, as the person gives it. */
public enum StatedSex {
    MALE("Male"),
    FEMALE("Female"),
    NOT_KNOWN("Not known");

    private final String label;

    StatedSex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
