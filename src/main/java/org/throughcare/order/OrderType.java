package org.throughcare.order;

/** The sentence a treatment requirement sits in (DOMAIN.md stage 6). */
public enum OrderType {
    COMMUNITY_ORDER("Community order"),
    SUSPENDED_SENTENCE_ORDER("Suspended sentence order");

    private final String label;

    OrderType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
