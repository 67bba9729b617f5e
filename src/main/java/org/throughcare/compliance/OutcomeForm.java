package org.throughcare.compliance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;
import org.throughcare.web.ValidTime;

import java.time.Instant;

/**
 * The outcome of an appointment: the reason and evidence of an absence, notes, and for a rescheduled appointment
 * the date and time of the new one. Which of these an outcome needs is the service's rule.
 */
class OutcomeForm {

    @NotNull(message = "Select the outcome of the appointment")
    private AppointmentOutcome outcome;

    private AbsenceReason absenceReason;

    @Size(max = 1000, message = "Evidence must be 1000 characters or fewer")
    private String absenceEvidence;

    @Size(max = 2000, message = "Notes must be 2000 characters or fewer")
    private String outcomeNotes;

    @ValidDate(name = "the date of the new appointment")
    private DateInput newDate = new DateInput();

    @ValidTime(name = "the time of the new appointment")
    private String newTime;

    private long version;

    Instant newAt() {
        return newDate == null ? null : newDate.at(newTime);
    }

    public AppointmentOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AppointmentOutcome outcome) {
        this.outcome = outcome;
    }

    public AbsenceReason getAbsenceReason() {
        return absenceReason;
    }

    public void setAbsenceReason(AbsenceReason absenceReason) {
        this.absenceReason = absenceReason;
    }

    public String getAbsenceEvidence() {
        return absenceEvidence;
    }

    public void setAbsenceEvidence(String absenceEvidence) {
        this.absenceEvidence = absenceEvidence;
    }

    public String getOutcomeNotes() {
        return outcomeNotes;
    }

    public void setOutcomeNotes(String outcomeNotes) {
        this.outcomeNotes = outcomeNotes;
    }

    public DateInput getNewDate() {
        return newDate;
    }

    public void setNewDate(DateInput newDate) {
        this.newDate = newDate;
    }

    public String getNewTime() {
        return newTime;
    }

    public void setNewTime(String newTime) {
        this.newTime = newTime;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
