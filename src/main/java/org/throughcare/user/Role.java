package org.throughcare.user;

import java.util.Arrays;
import java.util.List;

/** What a user does in the service; decides their home page and what they may open. */
public enum Role {
    CUSTODY_WORKER("Custody drug worker", "/custody", true),
    LIAISON_DIVERSION("Liaison and Diversion practitioner", "/liaison", true),
    PROBATION_OFFICER("Probation officer", "/probation", true),
    TREATMENT_WORKER("Treatment worker", "/treatment", true),
    MANAGER("Manager", "/manager", false),
    ADMIN("Administrator", "/admin", false);

    private final String label;
    private final String homePath;
    private final boolean worker;

    Role(String label, String homePath, boolean worker) {
        this.label = label;
        this.homePath = homePath;
        this.worker = worker;
    }

    /** Workers hold cases with people; managers read about them; administrators manage accounts. */
    public boolean worker() {
        return worker;
    }

    /** The roles that hold cases. */
    public static List<Role> workers() {
        return Arrays.stream(values()).filter(Role::worker).toList();
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
