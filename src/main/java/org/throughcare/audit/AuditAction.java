package org.throughcare.audit;

/** What a user did to a record. */
public enum AuditAction {
    VIEW("Viewed"),
    CREATE("Created"),
    UPDATE("Changed"),
    DELETE("Deleted"),
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    LOCKED("Account locked"),
    SEARCH("Searched"),
    EXPORT("Exported"),
    ACCESS_REFUSED("Access refused");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
