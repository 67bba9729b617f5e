package org.throughcare.person;

import org.throughcare.user.Role;

/** Why a team started working with a person. */
public enum CaseOpenedFor {
    CUSTODY_CONTACT("Custody contact"),
    LIAISON_AND_DIVERSION("Liaison and Diversion"),
    COURT_ORDER("Court order"),
    TREATMENT_REFERRAL("Treatment referral"),
    PRISON_RELEASE("Release from prison"),
    OTHER("Other");

    private final String label;

    CaseOpenedFor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What a case opened by someone in this role is usually for. */
    public static CaseOpenedFor forRole(Role role) {
        return switch (role) {
            case CUSTODY_WORKER -> CUSTODY_CONTACT;
            case LIAISON_DIVERSION -> LIAISON_AND_DIVERSION;
            case PROBATION_OFFICER -> COURT_ORDER;
            case TREATMENT_WORKER -> TREATMENT_REFERRAL;
            case MANAGER, ADMIN -> OTHER;
        };
    }
}
