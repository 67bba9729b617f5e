package org.throughcare.compliance;

import java.util.EnumSet;
import java.util.Set;

/** How an appointment went (DOMAIN.md stage 7). Two outcomes are failures to comply, which enforcement follows. */
public enum AppointmentOutcome {
    ATTENDED_COMPLIED("Attended and complied"),
    ATTENDED_FAILED_TO_COMPLY("Attended but failed to comply"),
    ACCEPTABLE_ABSENCE("Acceptable absence"),
    UNACCEPTABLE_ABSENCE("Unacceptable absence"),
    RESCHEDULED("Rescheduled");

    /** The outcomes that are a failure to comply, as SQL lists them. */
    static final String FAILURES_SQL = "('ATTENDED_FAILED_TO_COMPLY', 'UNACCEPTABLE_ABSENCE')";

    static final Set<AppointmentOutcome> FAILURES = EnumSet.of(ATTENDED_FAILED_TO_COMPLY, UNACCEPTABLE_ABSENCE);

    private final String label;

    AppointmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A failure to comply: a warning or breach must be decided after it. */
    public boolean isFailure() {
        return FAILURES.contains(this);
    }

    /** Whether the outcome can only be recorded once the appointment's time has come. */
    boolean needsTimePassed() {
        return this != RESCHEDULED;
    }
}
