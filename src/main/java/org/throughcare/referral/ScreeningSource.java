package org.throughcare.referral;

/** Where Liaison and Diversion saw the person (DOMAIN.md stage 4). */
public enum ScreeningSource {
    POLICE_CUSTODY("Police custody"),
    VOLUNTARY_ATTENDANCE("Voluntary attendance at a police station"),
    COURT("Court"),
    YOUTH_OFFENDING("Youth offending service"),
    PROBATION("Probation"),
    PRISON("Prison");

    private final String label;

    ScreeningSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
