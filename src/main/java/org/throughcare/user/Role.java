package org.throughcare.user;

/** What a user does in the service; decides their home page and what they may open. */
public enum Role {
    CUSTODY_WORKER("Custody drug worker", "/custody"),
    LIAISON_DIVERSION("Liaison and Diversion practitioner", "/liaison"),
    PROBATION_OFFICER("Probation officer", "/probation"),
    TREATMENT_WORKER("Treatment worker", "/treatment"),
    MANAGER("Manager", "/manager"),
    ADMIN("Administrator", "/admin");

    private final String label;
    private final String homePath;

    Role(String label, String homePath) {
        this.label = label;
        this.homePath = homePath;
    }

    public String label() {
        return label;
    }

    public String homePath() {
        return homePath;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
