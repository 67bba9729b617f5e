package org.throughcare.custody;

import org.throughcare.calendar.WorkingDays;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.UkTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The required assessment rules (booking, outcome, cancelling the follow-up, telling the police), as pure
 * functions of the facts. Each problem names the form field it belongs to.
 */
final class AssessmentRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);

    private final CustodyProperties properties;

    AssessmentRules(CustodyProperties properties) {
        this.properties = properties;
    }

    /**
     * Booking checks the fields, then asks the event whether it allows this kind of booking. A disputed
     * sample holds the appointment back a number of working days after it was sent to the lab.
     */
    List<RuleViolationException> checkBooking(
            AssessmentBooking b, CustodyEventRecord record, WorkingDays workingDays, Instant now) {
        List<RuleViolationException> problems = new ArrayList<>();
        if (b.appointmentAt() == null) {
            problems.add(new RuleViolationException("appointmentDate", "Enter the date of the appointment"));
        }
        if (b.place() == null || b.place().isBlank()) {
            problems.add(new RuleViolationException("place", "Enter where the assessment will happen"));
        }
        if (b.noticeGivenAt() == null) {
            problems.add(
                    new RuleViolationException("noticeDate", "Enter the date notice of the requirement was given"));
        }
        if (b.assessorName() == null || b.assessorName().isBlank()) {
            problems.add(new RuleViolationException("assessorName", "Enter the name of the assessor"));
        }
        problems.addAll(record.allows(CustodyEventRecord.Action.book(b.kind())).problems());
        Instant arrestedAt = record.event().getArrestedAt();
        RequiredAssessment initial = record.assessment(AssessmentKind.INITIAL).orElse(null);
        if (b.appointmentAt() != null) {
            if (!b.appointmentAt().isAfter(arrestedAt)) {
                problems.add(new RuleViolationException("appointmentDate", "The appointment must be after the arrest"));
            }
            if (b.kind() == AssessmentKind.FOLLOW_UP
                    && initial != null
                    && initial.getAppointmentAt() != null
                    && !b.appointmentAt().isAfter(initial.getAppointmentAt())) {
                problems.add(new RuleViolationException(
                        "appointmentDate", "The follow-up appointment must be after the initial assessment"));
            }
            checkLabWait(record, b.appointmentAt(), workingDays, problems);
        }
        if (b.warningGiven() == null) {
            problems.add(new RuleViolationException(
                    "warningGiven", "Select yes if the notice warned that failing to attend or remain is an offence"));
        }
        if (b.imposedBy() == null || b.imposedBy().isBlank()) {
            problems.add(new RuleViolationException("imposedBy", "Enter who imposed the requirement"));
        }
        Instant sampleAt = record.event().getSampleTakenAt();
        Instant releasedAt = record.event().getReleasedAt();
        if (b.noticeGivenAt() != null) {
            if (b.noticeGivenAt().isBefore(arrestedAt)) {
                problems.add(new RuleViolationException("noticeDate", "Notice cannot be given before the arrest"));
            } else if (b.kind() == AssessmentKind.INITIAL
                    && sampleAt != null
                    && b.noticeGivenAt().isBefore(sampleAt)) {
                problems.add(new RuleViolationException(
                        "noticeDate",
                        "The requirement follows a positive test: notice cannot be given before the sample"));
            } else if (b.kind() == AssessmentKind.INITIAL
                    && releasedAt != null
                    && b.noticeGivenAt().isAfter(releasedAt)) {
                problems.add(new RuleViolationException(
                        "noticeDate",
                        "The requirement must be imposed in custody: notice must be given before the person was released at "
                                + TIME.format(releasedAt.atZone(UkTime.ZONE))));
            } else if (b.noticeGivenAt().isAfter(now)) {
                problems.add(new RuleViolationException("noticeDate", "The time notice was given must be in the past"));
            } else if (b.appointmentAt() != null && b.noticeGivenAt().isAfter(b.appointmentAt())) {
                problems.add(new RuleViolationException("noticeDate", "Notice must be given before the appointment"));
            } else if (b.kind() == AssessmentKind.FOLLOW_UP
                    && initial != null
                    && initial.getOutcomeRecordedAt() != null
                    && b.noticeGivenAt().isAfter(initial.getOutcomeRecordedAt())) {
                // Drugs Act 2005 s13(7): the initial assessor gives notice of the follow-up during the initial.
                problems.add(new RuleViolationException(
                        "noticeDate",
                        "Notice of the follow-up must be given before the initial assessment ended, at "
                                + TIME.format(initial.getOutcomeRecordedAt().atZone(UkTime.ZONE))
                                + ". If it was not, the follow-up cannot be required"));
            }
        }
        return problems;
    }

    /**
     * A further notice moving the appointment: given after the first notice and before the new time, which
     * still waits for the lab as a booking does.
     */
    List<RuleViolationException> checkChange(
            RequiredAssessment a,
            CustodyEventRecord record,
            Instant appointmentAt,
            String place,
            Instant noticeGivenAt,
            WorkingDays workingDays,
            Instant now) {
        List<RuleViolationException> problems = new ArrayList<>(
                a.allows(RequiredAssessment.Action.CHANGE_APPOINTMENT).problems());
        if (!problems.isEmpty()) {
            return problems;
        }
        if (appointmentAt.equals(a.getAppointmentAt()) && place.trim().equalsIgnoreCase(a.getPlace())) {
            problems.add(
                    new RuleViolationException("appointmentDate", "Change the time or the place of the appointment"));
        }
        if (noticeGivenAt.isBefore(a.getNoticeGivenAt())) {
            problems.add(new RuleViolationException(
                    "noticeDate",
                    "Notice of the change cannot be before the first notice, given "
                            + TIME.format(a.getNoticeGivenAt().atZone(UkTime.ZONE))));
        } else if (noticeGivenAt.isAfter(now)) {
            problems.add(new RuleViolationException("noticeDate", "The time notice was given must be in the past"));
        } else if (!appointmentAt.isAfter(noticeGivenAt)) {
            problems.add(new RuleViolationException(
                    "appointmentDate", "The new appointment must be after notice of the change was given"));
        }
        checkLabWait(record, appointmentAt, workingDays, problems);
        return problems;
    }

    /**
     * A disputed sample holds the appointment back a number of working days after it went to the lab. Disputes
     * are per substance: only a requirement resting wholly on samples still at the lab waits.
     */
    private void checkLabWait(
            CustodyEventRecord record,
            Instant appointmentAt,
            WorkingDays workingDays,
            List<RuleViolationException> problems) {
        LocalDate appointmentDate = appointmentAt.atZone(UkTime.ZONE).toLocalDate();
        record.awaitingTheLab().stream()
                .map(DrugTestResult::getDisputedAt)
                .map(sent -> workingDays.plus(
                        sent.atZone(UkTime.ZONE).toLocalDate(), properties.workingDaysAfterDisputedSample()))
                .max(LocalDate::compareTo)
                .filter(appointmentDate::isBefore)
                .ifPresent(earliest -> problems.add(new RuleViolationException(
                        "appointmentDate",
                        "The appointment must be on or after " + DATE.format(earliest) + ", "
                                + properties.workingDaysAfterDisputedSample()
                                + " working days after the disputed sample was sent to the lab")));
    }

    /** The police withdraw a requirement that has no outcome yet, saying why. */
    static List<RuleViolationException> checkWithdraw(RequiredAssessment a, String reason, Instant at, Instant now) {
        List<RuleViolationException> problems =
                new ArrayList<>(a.allows(RequiredAssessment.Action.WITHDRAW).problems());
        if (!problems.isEmpty()) {
            return problems;
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new RuleViolationException("reason", "Enter why the requirement was withdrawn"));
        }
        if (at.isBefore(a.getNoticeGivenAt())) {
            problems.add(new RuleViolationException("date", "A requirement cannot be withdrawn before it was imposed"));
        } else if (at.isAfter(now)) {
            problems.add(new RuleViolationException("date", "The time of withdrawal must be in the past"));
        }
        return problems;
    }

    static List<RuleViolationException> checkOutcome(
            RequiredAssessment a, AssessmentOutcome outcome, AssessmentResult result, Instant at, Instant now) {
        List<RuleViolationException> refusal =
                a.allows(RequiredAssessment.Action.RECORD_OUTCOME).problems();
        if (!refusal.isEmpty()) {
            return refusal;
        }
        List<RuleViolationException> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new RuleViolationException("outcome", "Select what happened at the assessment"));
        } else if (outcome == AssessmentOutcome.ATTENDED_AND_REMAINED && result == null) {
            problems.add(new RuleViolationException("result", "Select the result of the assessment"));
        } else if (outcome.failure() && result != null) {
            problems.add(
                    new RuleViolationException("result", "Only record a result when the person attended and remained"));
        }
        if (at.isBefore(a.getAppointmentAt())) {
            problems.add(new RuleViolationException(
                    "date",
                    "The outcome cannot be before the appointment on "
                            + DATE.format(a.getAppointmentAt().atZone(UkTime.ZONE))));
        } else if (at.isAfter(now)) {
            problems.add(new RuleViolationException("date", "The time of the outcome must be in the past"));
        }
        return problems;
    }

    static List<RuleViolationException> checkCancelFollowUp(
            CustodyEventRecord record, String reason, Instant at, Instant now) {
        List<RuleViolationException> problems = new ArrayList<>(
                record.allows(CustodyEventRecord.Action.CANCEL_FOLLOW_UP).problems());
        RequiredAssessment initial = record.assessment(AssessmentKind.INITIAL).orElse(null);
        if (reason == null || reason.isBlank()) {
            problems.add(
                    new RuleViolationException("reason", "Enter why the assessor cancelled the follow-up assessment"));
        }
        if (at.isAfter(now)) {
            problems.add(new RuleViolationException("date", "The time of cancelling must be in the past"));
        } else if (initial != null
                && initial.getOutcomeRecordedAt() != null
                && at.isBefore(initial.getOutcomeRecordedAt())) {
            problems.add(new RuleViolationException(
                    "date", "The follow-up cannot be cancelled before the initial assessment took place"));
        }
        return problems;
    }

    static List<RuleViolationException> checkPoliceNotified(
            RequiredAssessment a, Instant at, PoliceContact officer, Instant now) {
        List<RuleViolationException> problems =
                new ArrayList<>(a.allows(RequiredAssessment.Action.TELL_POLICE).problems());
        if (!a.failed()) {
            return problems;
        }
        if (officer.officerName() == null || officer.officerName().isBlank()) {
            problems.add(
                    new RuleViolationException("officerName", "Enter the name of the police officer who was told"));
        }
        if (officer.collarNumber() == null || !officer.collarNumber().matches("[A-Z0-9]{1,10}")) {
            problems.add(new RuleViolationException(
                    "collarNumber",
                    "Enter the officer's collar number: up to 10 letters and digits, for example 4417"));
        }
        if (officer.how() == null) {
            problems.add(new RuleViolationException("how", "Select how the officer was told"));
        }
        if (at.isBefore(a.getOutcomeRecordedAt())) {
            problems.add(new RuleViolationException(
                    "date",
                    "The police cannot be told before the failure on "
                            + DATE.format(a.getOutcomeRecordedAt().atZone(UkTime.ZONE))));
        } else if (at.isAfter(now)) {
            problems.add(new RuleViolationException("date", "The time the police were told must be in the past"));
        }
        return problems;
    }
}
