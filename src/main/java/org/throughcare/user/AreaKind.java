package org.throughcare.user;

enum AreaKind {
    POLICE_FORCE_AREA("Police force area"),
    PROBATION_DELIVERY_UNIT("Probation delivery unit");

    private final String label;

    AreaKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
