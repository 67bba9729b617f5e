package org.throughcare.user;

/** Derived from when an account was disabled and whether its sign-ins are throttled anywhere, never stored. */
enum AccountStatus {
    ACTIVE("Active", "green"),
    LOCKED("Locked", "orange"),
    DISABLED("Disabled", "grey");

    private final String label;
    private final String colour;

    AccountStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }

    static AccountStatus of(UserAccount account, boolean lockedSomewhere) {
        if (!account.isActive()) {
            return DISABLED;
        }
        return lockedSomewhere ? LOCKED : ACTIVE;
    }
}
