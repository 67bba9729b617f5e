package org.throughcare.person;

/** Gender identity, as the person gives it. */
public enum GenderIdentity {
    MALE("Male"),
    FEMALE("Female"),
    NON_BINARY("Non-binary"),
    OTHER("Other"),
    NOT_STATED("Not stated");

    private final String label;

    GenderIdentity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
