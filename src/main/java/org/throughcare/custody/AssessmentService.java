package org.throughcare.custody;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.RecordKind;
import org.throughcare.calendar.WorkingDayCalendar;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.UkTime;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Required assessments after a positive test: booking the initial and follow-up, recording what happened,
 * the assessor cancelling a follow-up, and telling the police about a failure. Rules in {@link AssessmentRules}; what each record allows next in
 * {@link CustodyEventRecord#allows} and {@link RequiredAssessment#allows}.
 */
@Service
class AssessmentService {

    static final RecordKind RECORD_KIND = RecordKind.of("Required assessment");

    private final CustodyEventRepository events;
    private final DrugTestResultRepository results;
    private final RequiredAssessmentRepository assessments;
    private final PersonAccess access;
    private final AuditService audit;
    private final AssessmentRules rules;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final CustodyEventRecords records;
    private final AppointmentChangeRepository changes;

    AssessmentService(
            CustodyEventRepository events,
            DrugTestResultRepository results,
            RequiredAssessmentRepository assessments,
            PersonAccess access,
            AuditService audit,
            CustodyProperties properties,
            WorkingDayCalendar calendar,
            ApplicationEventPublisher publisher,
            Clock clock,
            CustodyEventRecords records,
            AppointmentChangeRepository changes) {
        this.records = records;
        this.changes = changes;
        this.events = events;
        this.results = results;
        this.assessments = assessments;
        this.access = access;
        this.audit = audit;
        this.rules = new AssessmentRules(properties);
        this.calendar = calendar;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The event with its results and assessments, for an action form: scope checked, not audited. */
    @Transactional(readOnly = true)
    public CustodyEventRecord event(Long eventId, SignedInUser user) {
        CustodyEvent event = events.findForPage(eventId)
                .orElseThrow(() -> new RecordNotFoundException(CustodyEventService.RECORD_KIND, eventId));
        access.checkCanView(user, event.getPersonId());
        return records.of(event, user);
    }

    /** An assessment for an action form: scope checked, not audited. */
    @Transactional(readOnly = true)
    public RequiredAssessment assessment(Long assessmentId, SignedInUser user) {
        RequiredAssessment assessment = assessments
                .findForAction(assessmentId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, assessmentId));
        access.checkCanView(user, assessment.getEvent().getPersonId());
        return assessment;
    }

    @Transactional
    public RequiredAssessment book(Long eventId, AssessmentBooking booking, SignedInUser user) {
        CustodyEventRecord record = event(eventId, user);
        RuleViolations.throwIfAny(rules.checkBooking(booking, record, calendar.workingDays(), clock.instant()));
        RequiredAssessment assessment = new RequiredAssessment(record.event(), booking.kind());
        assessment.book(
                booking.appointmentAt(),
                booking.place().trim(),
                booking.noticeGivenAt(),
                booking.assessorName().trim());
        assessment.imposed(booking.warningGiven(), booking.imposedBy().trim());
        assessments.saveAndFlush(assessment);
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                assessment.getId(),
                booking.kind().label() + " booked for custody event " + eventId + " at "
                        + booking.place().trim());
        return assessment;
    }

    /** A further notice (RA2-style) moves the appointment; the one before is kept with the change. */
    @Transactional
    public RequiredAssessment changeAppointment(
            Long assessmentId,
            Instant appointmentAt,
            String place,
            Instant noticeGivenAt,
            String reason,
            SignedInUser user) {
        RequiredAssessment assessment = assessment(assessmentId, user);
        CustodyEventRecord record = event(assessment.getEvent().getId(), user);
        RuleViolations.throwIfAny(rules.checkChange(
                assessment, record, appointmentAt, place, noticeGivenAt, calendar.workingDays(), clock.instant()));
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        changes.save(new AppointmentChange(assessment, appointmentAt, place.trim(), noticeGivenAt, why));
        assessment.reschedule(appointmentAt, place.trim());
        assessments.flush();
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                assessmentId,
                assessment.getKind().label() + " moved to "
                        + AssessmentRules.TIME.format(appointmentAt.atZone(UkTime.ZONE)) + " at "
                        + place.trim()
                        + (why == null ? "" : ": " + why));
        return assessment;
    }

    /** The police withdrew the requirement: it ends without an outcome, with who, when and why. */
    @Transactional
    public RequiredAssessment withdraw(Long assessmentId, String reason, Instant at, SignedInUser user) {
        RequiredAssessment assessment = assessment(assessmentId, user);
        RuleViolations.throwIfAny(AssessmentRules.checkWithdraw(assessment, reason, at, clock.instant()));
        String why = "withdrawn by the police: " + reason.trim();
        assessment.end(why, at, user.username());
        assessments.flush();
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                assessmentId,
                assessment.getKind().label() + " requirement " + why);
        return assessment;
    }

    /** The changes to the event's assessments, oldest first. */
    @Transactional(readOnly = true)
    public List<AppointmentChange> changes(Long eventId) {
        return changes.findForEvent(eventId);
    }

    @Transactional
    public RequiredAssessment recordOutcome(
            Long assessmentId, AssessmentOutcome outcome, AssessmentResult result, Instant at, SignedInUser user) {
        RequiredAssessment assessment = assessment(assessmentId, user);
        RuleViolations.throwIfAny(AssessmentRules.checkOutcome(assessment, outcome, result, at, clock.instant()));
        assessment.recordOutcome(outcome, result, at, user.username());
        assessments.flush();
        Long personId = assessment.getEvent().getPersonId();
        publisher.publishEvent(
                assessment.attended()
                        ? new RequiredAssessmentAttended(
                                assessmentId,
                                assessment.getEvent().getId(),
                                personId,
                                assessment.getKind(),
                                assessment.getResult(),
                                assessment.getAppointmentAt())
                        : new RequiredAssessmentFailed(
                                assessmentId,
                                assessment.getEvent().getId(),
                                personId,
                                assessment.getKind(),
                                outcome,
                                assessment.getAppointmentAt()));
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                assessmentId,
                assessment.getKind().label() + ": "
                        + outcome.label().toLowerCase(Locale.UK)
                        + (assessment.getResult() == null
                                ? ""
                                : ", " + assessment.getResult().label().toLowerCase(Locale.UK)));
        return assessment;
    }

    /**
     * The assessor cancels the follow-up assessment, booked or not yet booked (then a cancelled follow-up
     * is recorded, so the requirement shows as dealt with).
     */
    @Transactional
    public RequiredAssessment cancelFollowUp(Long eventId, String reason, Instant at, SignedInUser user) {
        CustodyEventRecord record = event(eventId, user);
        RuleViolations.throwIfAny(AssessmentRules.checkCancelFollowUp(record, reason, at, clock.instant()));
        RequiredAssessment followUp =
                record.assessment(AssessmentKind.FOLLOW_UP).orElse(null);
        RequiredAssessment cancelled =
                followUp != null ? followUp : new RequiredAssessment(record.event(), AssessmentKind.FOLLOW_UP);
        cancelled.cancel(reason.trim(), at, user.username());
        assessments.saveAndFlush(cancelled);
        audit.record(
                followUp == null ? AuditAction.CREATE : AuditAction.UPDATE,
                RECORD_KIND,
                cancelled.getId(),
                "Follow-up assessment cancelled by the assessor (custody event " + eventId + "): " + reason.trim());
        return cancelled;
    }

    @Transactional
    public RequiredAssessment recordPoliceNotified(
            Long assessmentId, Instant at, PoliceContact officer, SignedInUser user) {
        RequiredAssessment assessment = assessment(assessmentId, user);
        RuleViolations.throwIfAny(AssessmentRules.checkPoliceNotified(assessment, at, officer, clock.instant()));
        assessment.policeNotified(at, user.username(), officer);
        assessments.flush();
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                assessmentId,
                "Police told the person "
                        + assessment.getOutcome().label().toLowerCase(Locale.UK) + " ("
                        + assessment.getKind().label().toLowerCase(Locale.UK) + "): " + officer.described());
        return assessment;
    }
}
