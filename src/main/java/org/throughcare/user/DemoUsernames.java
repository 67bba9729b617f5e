package org.throughcare.user;

/** The demo account name for each role; the password is always "demo". */
public final class DemoUsernames {

    public static final String PASSWORD = "demo";

    private DemoUsernames() {}

    public static String of(Role role) {
        return switch (role) {
            case CUSTODY_WORKER -> "custody";
            case LIAISON_DIVERSION -> "liaison";
            case PROBATION_OFFICER -> "probation";
            case TREATMENT_WORKER -> "treatment";
            case MANAGER -> "manager";
            case ADMIN -> "admin";
        };
    }
}
