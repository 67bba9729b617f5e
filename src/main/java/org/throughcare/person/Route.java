package org.throughcare.person;

/** How a substance is taken. */
public enum Route {
    INJECT("Inject"),
    SNIFF("Sniff"),
    SMOKE("Smoke"),
    ORAL("Oral"),
    OTHER("Other");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
