package org.throughcare.compliance;

/** Why the person did not attend; required for an acceptable absence, optional for an unacceptable one. */
public enum AbsenceReason {
    MEDICAL("Medical"),
    COURT_OR_LEGAL("Court or legal"),
    EMPLOYMENT("Employment"),
    FAMILY_OR_CHILDCARE("Family or childcare"),
    RELIGIOUS("Religious"),
    REMANDED_IN_CUSTODY("Remanded in custody"),
    OTHER("Other");

    private final String label;

    AbsenceReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
