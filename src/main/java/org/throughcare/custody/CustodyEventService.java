package org.throughcare.custody;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditChange;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.Allowed;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.UkTime;
import org.throughcare.person.PersonAccess;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recording drug tests in custody, and the confirmatory lab steps for a disputed positive. Every rule is
 * in {@link CustodyRules}; every change is audited in the same transaction.
 */
@Service
class CustodyEventService {

    static final RecordKind RECORD_KIND = RecordKind.of("Custody event");
    static final RecordKind RESULT_RECORD_KIND = RecordKind.of("Drug test result");

    private final CustodyEventRepository events;
    private final DrugTestResultRepository results;
    private final RequiredAssessmentRepository assessments;
    private final CustodySuiteRepository suites;
    private final TestCorrectionRepository corrections;
    private final Formats formats;
    private final NotificationConditions conditions;
    private final OffenceRepository offences;
    private final TestedSubstanceRepository substances;
    private final PersonAccess access;
    private final PersonLookup people;
    private final AuditService audit;
    private final CustodyRules rules;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final CustodyEventRecords records;

    CustodyEventService(
            CustodyEventRepository events,
            DrugTestResultRepository results,
            RequiredAssessmentRepository assessments,
            CustodySuiteRepository suites,
            NotificationConditions conditions,
            TestCorrectionRepository corrections,
            Formats formats,
            OffenceRepository offences,
            TestedSubstanceRepository substances,
            PersonAccess access,
            PersonLookup people,
            AuditService audit,
            CustodyProperties properties,
            ApplicationEventPublisher publisher,
            Clock clock,
            CustodyEventRecords records) {
        this.records = records;
        this.events = events;
        this.results = results;
        this.assessments = assessments;
        this.suites = suites;
        this.corrections = corrections;
        this.formats = formats;
        this.conditions = conditions;
        this.offences = offences;
        this.substances = substances;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.rules = new CustodyRules(properties);
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public CustodyEvent record(CustodyEventCommand c, SignedInUser user) {
        access.checkCanView(user, c.personId());
        LocalDate dateOfBirth = people.dateOfBirth(c.personId(), user);
        requireBasics(c);
        CustodySuite suite = suitesFor(user).stream()
                .filter(s -> s.getId().equals(c.suiteId()))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("suiteId", "Select a custody suite of your force"));
        List<Offence> chosen = offences.findAllById(c.offenceIds());
        if (chosen.size() != c.offenceIds().size() || chosen.stream().anyMatch(o -> !o.isActive())) {
            throw new RuleViolationException("offenceIds", "Select offences from the list");
        }
        LocalDate arrestDate = c.arrestedAt().atZone(UkTime.ZONE).toLocalDate();
        // A test reports on the substances tested on its day: one added since is never asked of it.
        List<TestedSubstance> active = new ArrayList<>();
        Map<String, String> activeNames = new LinkedHashMap<>();
        Map<String, String> notYetTested = new LinkedHashMap<>();
        for (TestedSubstance s : substances.findByActiveTrueOrderByDisplayOrderAscNameAsc()) {
            if (s.testedOn(arrestDate)) {
                active.add(s);
                activeNames.put(s.getCode(), s.getName());
            } else {
                notYetTested.put(
                        s.getCode(),
                        "Leave " + s.getName() + " empty: custody tests only report on it from "
                                + CustodyRules.DATE.format(s.getTestedFrom()));
            }
        }
        Set<NotificationKind> inForce = conditions.inForceAt(suite.getId(), arrestDate);
        RuleViolations.throwIfAny(rules.checkEvent(
                c,
                new CustodyRules.EventFacts(
                        dateOfBirth,
                        suite.getName(),
                        inForce,
                        chosen.stream().anyMatch(Offence::isTrigger),
                        activeNames,
                        notYetTested,
                        clock.instant())));

        CustodyEvent event = new CustodyEvent(c.personId(), suite, c, new LinkedHashSet<>(chosen));
        event.ageOnArrest(Period.between(dateOfBirth, arrestDate).getYears());
        event.requiredAssessmentInForce(inForce.contains(NotificationKind.REQUIRED_ASSESSMENT));
        if (c.outcome() == TestOutcome.TESTED) {
            active.forEach(s -> event.addResult(s, c.results().get(s.getCode())));
        }
        events.saveAndFlush(event);
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                event.getId(),
                "Test " + c.testStage().label().toLowerCase(Locale.UK) + " at " + suite.getName() + " for person "
                        + c.personId() + ": "
                        + describe(event));
        List<String> positives = event.getResults().stream()
                .filter(r -> r.getResult() == TestResult.POSITIVE)
                .map(r -> r.getSubstance().getCode())
                .toList();
        publisher.publishEvent(new DrugTestRecorded(
                event.getId(),
                c.personId(),
                suite.getId(),
                suite.getForceId(),
                c.testStage(),
                c.outcome(),
                c.arrestedAt(),
                positives));
        if (!positives.isEmpty()) {
            publisher.publishEvent(new PositiveResultRecorded(event.getId(), c.personId(), positives, c.arrestedAt()));
        }
        return event;
    }

    /**
     * The suites where this user records tests: those of their own force. A team outside a police force area
     * (none should be) may use every suite. The form offers exactly these, and a test at any other is refused.
     */
    @Transactional(readOnly = true)
    List<CustodySuite> suitesFor(SignedInUser user) {
        List<CustodySuite> mine = suites.findByForceIdOrderByName(user.areaId());
        return mine.isEmpty() ? suites.findAllByOrderByName() : mine;
    }

    /** Opens an event for reading: the person's scope is checked and the view audited. */
    @Transactional
    public CustodyEventRecord view(Long eventId, SignedInUser user) {
        CustodyEvent event =
                events.findForPage(eventId).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, eventId));
        access.checkCanView(user, event.getPersonId());
        audit.record(AuditAction.VIEW, RECORD_KIND, eventId, null);
        return records.of(event, user);
    }

    /** A result for an action form: scope checked, not audited as a view. */
    @Transactional(readOnly = true)
    public DrugTestResult result(Long resultId, SignedInUser user) {
        DrugTestResult result = results.findForAction(resultId)
                .orElseThrow(() -> new RecordNotFoundException(RESULT_RECORD_KIND, resultId));
        access.checkCanView(user, result.getEvent().getPersonId());
        return result;
    }

    /** The person disputed a positive result: the sample was sent to the confirmatory lab at {@code sentAt}. */
    @Transactional
    public DrugTestResult disputeResult(Long resultId, Instant sentAt, SignedInUser user) {
        DrugTestResult result = result(resultId, user);
        RuleViolations.throwIfAny(CustodyRules.checkDispute(result, sentAt, clock.instant()));
        result.dispute(sentAt, user.username());
        results.flush();
        audit.record(
                AuditAction.UPDATE,
                RESULT_RECORD_KIND,
                resultId,
                result.getSubstance().getName() + " positive disputed; sample sent for confirmation (custody event "
                        + result.getEvent().getId() + ")");
        return result;
    }

    /** The confirmatory lab's result for a disputed sample. */
    @Transactional
    public DrugTestResult confirmResult(Long resultId, TestResult confirmed, Instant at, SignedInUser user) {
        DrugTestResult result = result(resultId, user);
        RuleViolations.throwIfAny(CustodyRules.checkConfirmation(result, confirmed, at, clock.instant()));
        result.confirm(confirmed, at, user.username());
        results.flush();
        audit.record(
                AuditAction.UPDATE,
                RESULT_RECORD_KIND,
                resultId,
                result.getSubstance().getName()
                        + " confirmed " + confirmed.label().toLowerCase(Locale.UK) + " by the lab (custody event "
                        + result.getEvent().getId() + ")");
        if (confirmed == TestResult.NEGATIVE) {
            endRequirementsTheLabDidNotConfirm(result.getEvent(), at, user);
        }
        return result;
    }

    /**
     * A test recorded in error is voided, never deleted: it stays on the record struck through, and a
     * requirement resting on it ends. Assessments with an outcome keep it, as history.
     */
    @Transactional
    public CustodyEvent voidTest(Long eventId, String reason, Instant at, SignedInUser user) {
        CustodyEvent event =
                events.findForPage(eventId).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, eventId));
        access.checkCanView(user, event.getPersonId());
        CustodyEventRecord record = records.of(event, user);
        RuleViolations.throwIfAny(CustodyRules.checkVoid(record, reason, at, clock.instant()));
        event.voidAsRecordedInError(reason.trim(), at, user.username());
        String why = "the test was voided as recorded in error";
        record.assessments().stream().filter(RequiredAssessment::open).forEach(assessment -> {
            assessment.end(why, at, user.username());
            audit.record(
                    AuditAction.UPDATE,
                    AssessmentService.RECORD_KIND,
                    assessment.getId(),
                    assessment.getKind().label() + " requirement ended: " + why);
        });
        events.flush();
        audit.record(AuditAction.UPDATE, RECORD_KIND, eventId, "Test voided as recorded in error: " + reason.trim());
        return event;
    }

    /** A test's record-keeping details as they should be, and why they are corrected. */
    public record Correction(
            String custodyRecordNumber,
            String sampleReference,
            String sampleTakenBy,
            Instant releasedAt,
            String reason) {}

    /**
     * Corrects a test's record-keeping details. Each changed field is kept with its value before and after
     * (shown struck through on the test's page) and goes to the audit trail, in this transaction.
     */
    @Transactional
    public CustodyEvent correct(Long eventId, Correction c, SignedInUser user) {
        CustodyEvent event =
                events.findForPage(eventId).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, eventId));
        access.checkCanView(user, event.getPersonId());
        CustodyEventRecord record = records.of(event, user);
        Allowed allowed = record.allows(CustodyEventRecord.Action.CORRECT);
        if (!allowed.isAllowed()) {
            throw new RuleViolationException(null, allowed.refusal());
        }
        RuleViolations.throwIfAny(CustodyRules.checkCorrection(record, c, clock.instant()));
        List<TestCorrection> changed = new ArrayList<>();
        compare(changed, event, "Custody record number", event.getCustodyRecordNumber(), c.custodyRecordNumber(), c);
        compare(changed, event, "Seal or reference number", event.getSampleReference(), c.sampleReference(), c);
        compare(changed, event, "Sample taken by", event.getSampleTakenBy(), c.sampleTakenBy(), c);
        compare(changed, event, "Released", dateTime(event.getReleasedAt()), dateTime(c.releasedAt()), c);
        if (changed.isEmpty()) {
            throw new RuleViolationException(
                    "custodyRecordNumber", "Nothing has changed: change a detail to correct it, or go back");
        }
        event.correct(c.custodyRecordNumber(), c.sampleReference(), c.sampleTakenBy(), c.releasedAt());
        events.flush();
        corrections.saveAll(changed);
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                eventId,
                "Test corrected: " + c.reason(),
                changed.stream()
                        .map(t -> new AuditChange(
                                t.getField(),
                                t.getBefore() == null ? "" : t.getBefore(),
                                t.getAfter() == null ? "" : t.getAfter()))
                        .toList());
        return event;
    }

    /** The corrections made to a test, oldest first. */
    @Transactional(readOnly = true)
    public List<TestCorrection> corrections(Long eventId) {
        return corrections.findByEventIdOrderByCreatedAtAscIdAsc(eventId);
    }

    private static void compare(
            List<TestCorrection> changed, CustodyEvent event, String field, String before, String after, Correction c) {
        if (!java.util.Objects.equals(before, after)) {
            changed.add(new TestCorrection(event.getId(), field, before, after, c.reason()));
        }
    }

    private String dateTime(Instant at) {
        return at == null ? null : formats.dateTime(at);
    }

    /**
     * Drugs Act 2005 s16: when the lab's analysis does not confirm a specified drug, a requirement resting on
     * the test ends. Assessments with an outcome keep it: the requirement was met or failed before.
     */
    private void endRequirementsTheLabDidNotConfirm(CustodyEvent event, Instant at, SignedInUser user) {
        CustodyEventRecord record = records.of(event, user);
        if (record.foundsRequirement()) {
            return;
        }
        String reason = "the lab did not confirm the positive result (Drugs Act 2005 s16)";
        record.assessments().stream().filter(RequiredAssessment::open).forEach(assessment -> {
            assessment.end(reason, at, user.username());
            audit.record(
                    AuditAction.UPDATE,
                    AssessmentService.RECORD_KIND,
                    assessment.getId(),
                    assessment.getKind().label() + " requirement ended: " + reason);
        });
        assessments.flush();
    }

    private static void requireBasics(CustodyEventCommand c) {
        if (c.suiteId() == null) {
            throw new RuleViolationException("suiteId", "Select the custody suite");
        }
        if (c.arrestedAt() == null) {
            throw new RuleViolationException("arrestDate", "Enter the date of arrest");
        }
        if (c.testStage() == null) {
            throw new RuleViolationException("testStage", "Select whether the test was on arrest or on charge");
        }
        if (c.outcome() == null) {
            throw new RuleViolationException("outcome", "Select the outcome of the test");
        }
    }

    private static String describe(CustodyEvent event) {
        if (event.getOutcome() != TestOutcome.TESTED) {
            return event.getOutcome().label().toLowerCase(Locale.UK);
        }
        return "tested, "
                + event.getResults().stream()
                        .map(r -> r.getSubstance().getName() + " "
                                + r.getResult().label().toLowerCase(Locale.UK))
                        .collect(Collectors.joining(", "));
    }
}
