package org.throughcare.custody;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.UkTime;
import org.throughcare.person.CaseAccessReason;
import org.throughcare.person.CaseService;
import org.throughcare.person.Person;
import org.throughcare.person.PersonMerge;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The custody services and worklist on the real database, with the clock at noon on 17 June 2026. */
class CustodyServiceIntegrationTest extends CustodyTestSupport {

    @Autowired
    CustodyHistory history;

    @Autowired
    CustodyWorklist worklist;

    @Autowired
    CaseService cases;

    SignedInUser worker;
    CustodySuite suite;
    Person person;

    @BeforeEach
    void setUp() {
        worker = signedIn(Role.CUSTODY_WORKER, "Cumbria");
        suite = suite("Cumbria", LocalDate.of(2020, 1, 1));
        person = person(worker, LocalDate.of(1990, 3, 1));
    }

    @Test
    void recordsATestWithItsResultsAndOffencesAndAuditsIt() {
        CustodyEvent event =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(7200), TestResult.POSITIVE), worker);

        CustodyEventRecord record = events.view(event.getId(), worker);
        assertThat(record.results()).isNotEmpty().allMatch(r -> r.getResult() == TestResult.POSITIVE);
        assertThat(record.results())
                .hasSize(resultsOn(TestResult.POSITIVE, NOW.minusSeconds(7200)).size());
        assertThat(record.event().getOffences()).extracting(Offence::getId).containsExactly(triggerOffence());
        assertThat(record.allows(CustodyEventRecord.Action.BOOK_INITIAL).isAllowed())
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Custody event' "
                                + "and record_id = ? and action = 'CREATE'",
                        Integer.class,
                        String.valueOf(event.getId())))
                .isEqualTo(1);
    }

    @Test
    void historyIsNewestFirstWithResultsAndAssessments() {
        CustodyEvent older =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(86400 * 30), TestResult.NEGATIVE), worker);
        CustodyEvent newer =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(86400 * 3), TestResult.POSITIVE), worker);
        assessments.book(
                newer.getId(),
                booking(AssessmentKind.INITIAL, NOW.minusSeconds(86400), NOW.minusSeconds(86400 * 2)),
                worker);

        List<CustodyEventRecord> records = history.forPerson(person.getId(), person.getDateOfBirth(), worker);

        assertThat(records).extracting(r -> r.event().getId()).containsExactly(newer.getId(), older.getId());
        assertThat(records.get(0).assessments())
                .extracting(RequiredAssessment::getKind)
                .containsExactly(AssessmentKind.INITIAL);
        assertThat(records.get(1).assessments()).isEmpty();
        assertThat(records.get(1).positive()).isFalse();
        assertThat(records.get(0).event().getSuite().getName()).isEqualTo(suite.getName());
        assertThat(records).allMatch(CustodyEventRecord::adult);
    }

    @Test
    void refusesAnUnderAgeTestOnArrestButAllowsItOnCharge() {
        Person sixteen = person(worker, LocalDate.of(2010, 1, 1));
        CustodyEventCommand onArrest = tested(sixteen.getId(), suite, NOW.minusSeconds(3600), TestResult.NEGATIVE);

        assertThatThrownBy(() -> events.record(onArrest, worker))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("testStage"));
        assertThat(countEvents(sixteen)).isZero();

        events.record(
                new CustodyEventCommand(
                        sixteen.getId(),
                        suite.getId(),
                        onArrest.arrestedAt(),
                        TestStage.ON_CHARGE,
                        onArrest.offenceIds(),
                        null,
                        null,
                        null,
                        onArrest.sampleTakenAt(),
                        SampleType.URINE,
                        TestOutcome.TESTED,
                        onArrest.results(),
                        true,
                        onArrest.arrestedAt(),
                        null,
                        true,
                        null,
                        null,
                        null),
                worker);
        assertThat(countEvents(sixteen)).isOne();
    }

    /** Drugs Act 2005 s9(4): a young person tested positive on charge is never required to be assessed. */
    @Test
    void noAssessmentCanBeRequiredOfAYoungPersonTestedPositiveOnCharge() {
        Person fifteen = person(worker, LocalDate.of(2011, 6, 1));
        CustodyEventCommand positive = tested(fifteen.getId(), suite, NOW.minusSeconds(86400 * 2), TestResult.POSITIVE);
        CustodyEvent event = events.record(
                new CustodyEventCommand(
                        fifteen.getId(),
                        suite.getId(),
                        positive.arrestedAt(),
                        TestStage.ON_CHARGE,
                        positive.offenceIds(),
                        null,
                        null,
                        null,
                        positive.sampleTakenAt(),
                        SampleType.ORAL_FLUID,
                        TestOutcome.TESTED,
                        positive.results(),
                        true,
                        positive.arrestedAt(),
                        null,
                        true,
                        null,
                        null,
                        null),
                worker);

        assertThat(assessments.event(event.getId(), worker).adult()).isFalse();
        assertThatThrownBy(() -> assessments.book(
                        event.getId(),
                        booking(AssessmentKind.INITIAL, NOW.plusSeconds(86400), NOW.minusSeconds(86400)),
                        worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("under 18");
        assertThat(jdbc.queryForObject(
                        "select count(*) from required_assessment where custody_event_id = ?",
                        Integer.class,
                        event.getId()))
                .isZero();
    }

    /**
     * Drugs Act 2005 s9(5)-(6): where required assessment was not notified at the suite, a positive adult is
     * tested but no assessment can be required, and the worklist does not ask for a decision; once an
     * administrator records the notification for that day, the same test allows it.
     */
    @Test
    void noAssessmentIsRequiredWhereRequiredAssessmentWasNotInForce() {
        CustodySuite testingOnly = suite(
                "Cumbria",
                LocalDate.of(2020, 1, 1),
                NotificationKind.TESTING_ON_ARREST,
                NotificationKind.TESTING_ON_CHARGE);
        CustodyEvent event = events.record(
                tested(person.getId(), testingOnly, NOW.minusSeconds(3 * 3600), TestResult.POSITIVE), worker);

        assertThat(assessments.event(event.getId(), worker).requiredAssessmentInForce())
                .isFalse();
        assertThat(worklist.positivesAwaitingDecision(worker, 0, 500).getContent())
                .extracting(WorklistTest::eventId)
                .doesNotContain(event.getId());
        assertThatThrownBy(() -> assessments.book(
                        event.getId(),
                        booking(AssessmentKind.INITIAL, NOW.plusSeconds(86400), NOW.minusSeconds(3600)),
                        worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Required assessment was not in force at this custody suite");

        notifications.saveAndFlush(new TestingNotification(
                testingOnly.getId(), NotificationKind.REQUIRED_ASSESSMENT, LocalDate.of(2020, 1, 1), null));
        assertThat(assessments.event(event.getId(), worker).requiredAssessmentInForce())
                .isTrue();
        assertThat(worklist.positivesAwaitingDecision(worker, 0, 500).getContent())
                .extracting(WorklistTest::eventId)
                .contains(event.getId());
    }

    @Test
    void refusesATestOnChargeWhereOnlyTestingOnArrestWasInForce() {
        CustodySuite arrestOnly = suite("Cumbria", LocalDate.of(2020, 1, 1), NotificationKind.TESTING_ON_ARREST);
        CustodyEventCommand onArrest =
                tested(person.getId(), arrestOnly, NOW.minusSeconds(3 * 3600), TestResult.NEGATIVE);
        CustodyEventCommand onCharge = new CustodyEventCommand(
                onArrest.personId(),
                onArrest.suiteId(),
                onArrest.arrestedAt(),
                TestStage.ON_CHARGE,
                onArrest.offenceIds(),
                null,
                null,
                null,
                onArrest.sampleTakenAt(),
                onArrest.sampleType(),
                onArrest.outcome(),
                onArrest.results(),
                true,
                onArrest.arrestedAt(),
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> events.record(onCharge, worker))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("Testing on charge was not in force at " + arrestOnly.getName() + " on "
                                        + CustodyRules.DATE.format(
                                                onArrest.arrestedAt().atZone(UkTime.ZONE))
                                        + ". Select the suite where the test happened, or ask an administrator to check"
                                        + " its notification conditions"));
        assertThat(events.record(onArrest, worker).getId()).isNotNull();
    }

    @Test
    void refusesATestWhereTestingWasNotLiveAndReportsEveryProblem() {
        CustodySuite notLive = suite("Cumbria", null);
        CustodyEventCommand command = new CustodyEventCommand(
                person.getId(),
                notLive.getId(),
                NOW.minusSeconds(3600),
                TestStage.ON_ARREST,
                Set.of(nonTriggerOffence()),
                null,
                null,
                null,
                null,
                null,
                TestOutcome.REFUSED,
                Map.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> events.record(command, worker))
                .isInstanceOf(RuleViolations.class)
                .satisfies(e -> assertThat(((RuleViolations) e).violations())
                        .extracting(RuleViolationException::field)
                        .containsExactlyInAnyOrder(
                                "suiteId",
                                "inspectorName",
                                "inspectorRank",
                                "authorisationGrounds",
                                "refusalWarningGiven"));
        assertThat(countEvents(person)).isZero();
    }

    /** A worker records tests at the suites of their own force: another force's suite is refused by id too. */
    @Test
    void refusesASuiteOfAnotherForce() {
        CustodySuite bristol = suite("Avon and Somerset", LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> events.record(
                        tested(person.getId(), bristol, NOW.minusSeconds(60), TestResult.NEGATIVE), worker))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("suiteId");
                    assertThat(refused.getMessage()).isEqualTo("Select a custody suite of your force");
                });
        assertThat(countEvents(person)).isZero();
        assertThat(worklist.testsToday(signedIn(Role.CUSTODY_WORKER, "Avon and Somerset"), 0, 500)
                        .getContent())
                .noneMatch(t -> t.suiteName().equals(bristol.getName()));
    }

    @Test
    void refusesAPersonOutsideTheUsersTeamScope() {
        SignedInUser otherTeam = signedIn(Role.CUSTODY_WORKER, "Cumbria");
        assertThatThrownBy(() -> events.record(
                        tested(person.getId(), suite, NOW.minusSeconds(60), TestResult.NEGATIVE), otherTeam))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(countEvents(person)).isZero();
    }

    /** An event with opiates positive and every other substance negative. */
    private CustodyEvent opiatesOnlyPositive(Instant arrestedAt) {
        CustodyEventCommand negative = tested(person.getId(), suite, arrestedAt, TestResult.NEGATIVE);
        Map<String, TestResult> results = new HashMap<>(negative.results());
        results.put("OPIATES", TestResult.POSITIVE);
        return events.record(
                new CustodyEventCommand(
                        negative.personId(),
                        negative.suiteId(),
                        negative.arrestedAt(),
                        negative.testStage(),
                        negative.offenceIds(),
                        null,
                        null,
                        null,
                        negative.sampleTakenAt(),
                        negative.sampleType(),
                        negative.outcome(),
                        results,
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                worker);
    }

    private DrugTestResult opiates(CustodyEvent event) {
        return events.view(event.getId(), worker).results().stream()
                .filter(r -> r.getSubstance().getCode().equals("OPIATES"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void disputedPositiveDelaysTheAssessmentByFiveWorkingDaysAndALabNegativeEndsTheRequirement() {
        CustodyEvent event = opiatesOnlyPositive(Instant.parse("2026-06-08T09:00:00Z"));
        Long resultId = opiates(event).getId();
        Instant sent = Instant.parse("2026-06-08T15:00:00Z"); // Monday
        events.disputeResult(resultId, sent, worker);

        assertThatThrownBy(() -> events.disputeResult(resultId, sent, worker))
                .isInstanceOf(RuleViolationException.class);
        // Friday 12 June is 4 working days after; Monday 15 June is 5.
        assertThatThrownBy(() -> assessments.book(
                        event.getId(),
                        booking(AssessmentKind.INITIAL, Instant.parse("2026-06-12T09:00:00Z"), sent),
                        worker))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("appointmentDate"));
        RequiredAssessment initial = assessments.book(
                event.getId(), booking(AssessmentKind.INITIAL, Instant.parse("2026-06-15T09:00:00Z"), sent), worker);
        assertThat(initial.getId()).isNotNull();

        // Drugs Act 2005 s16: the lab does not confirm opiates, so the requirement ends, visibly, with why.
        events.confirmResult(resultId, TestResult.NEGATIVE, Instant.parse("2026-06-10T09:00:00Z"), worker);
        assertThat(opiates(event).status()).isEqualTo(DrugTestResult.Status.CONFIRMED_NEGATIVE);
        RequiredAssessment ended =
                events.view(event.getId(), worker).assessments().get(0);
        assertThat(ended.status(NOW)).isEqualTo(RequiredAssessment.Status.ENDED);
        assertThat(ended.getEndReason()).contains("the lab did not confirm").contains("s16");
        assertThat(ended.getEndedAt()).isEqualTo(Instant.parse("2026-06-10T09:00:00Z"));
        assertThatThrownBy(() ->
                        assessments.recordOutcome(ended.getId(), AssessmentOutcome.FAILED_TO_ATTEND, null, NOW, worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("This requirement ended");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Required assessment' and record_id = ? "
                                + "and summary like '%requirement ended%'",
                        Integer.class, String.valueOf(ended.getId())))
                .isEqualTo(1);
        assertThatThrownBy(() -> events.confirmResult(resultId, TestResult.POSITIVE, NOW, worker))
                .isInstanceOf(RuleViolationException.class);
    }

    /** Disputes are per substance: an undisputed cocaine positive founds the requirement at once. */
    @Test
    void anUndisputedPositiveDoesNotWaitForAnotherSubstancesLabResult() {
        CustodyEvent event = events.record(
                tested(person.getId(), suite, Instant.parse("2026-06-08T09:00:00Z"), TestResult.POSITIVE), worker);
        Instant sent = Instant.parse("2026-06-08T15:00:00Z");
        events.disputeResult(opiates(event).getId(), sent, worker);

        RequiredAssessment initial = assessments.book(
                event.getId(), booking(AssessmentKind.INITIAL, Instant.parse("2026-06-09T09:00:00Z"), sent), worker);
        assertThat(initial.getId()).isNotNull();
        // The lab's negative for opiates leaves the cocaine positive: the requirement stands.
        events.confirmResult(
                opiates(event).getId(), TestResult.NEGATIVE, Instant.parse("2026-06-10T09:00:00Z"), worker);
        assertThat(events.view(event.getId(), worker).assessments().get(0).ended())
                .isFalse();
    }

    @Test
    void aNegativeTestCannotLeadToAnAssessmentNorBeDisputed() {
        CustodyEvent event =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(86400), TestResult.NEGATIVE), worker);
        Long resultId = events.view(event.getId(), worker).results().get(0).getId();

        assertThatThrownBy(() -> events.disputeResult(resultId, NOW, worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Only a positive result can be sent for confirmation");
        assertThatThrownBy(() -> assessments.book(
                        event.getId(), booking(AssessmentKind.INITIAL, NOW.plusSeconds(86400), NOW), worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("An initial assessment can only be required after a positive test result");
    }

    @Test
    void followUpOnlyAfterTheInitialWasAttendedAndTheAssessorMayCancelIt() {
        CustodyEvent event = events.record(
                tested(person.getId(), suite, Instant.parse("2026-06-01T09:00:00Z"), TestResult.POSITIVE), worker);
        RequiredAssessment initial = assessments.book(
                event.getId(),
                booking(
                        AssessmentKind.INITIAL,
                        Instant.parse("2026-06-03T09:00:00Z"),
                        Instant.parse("2026-06-01T12:00:00Z")),
                worker);
        assertThatThrownBy(() -> assessments.book(
                        event.getId(),
                        booking(
                                AssessmentKind.FOLLOW_UP,
                                Instant.parse("2026-06-10T09:00:00Z"),
                                Instant.parse("2026-06-03T10:00:00Z")),
                        worker))
                .isInstanceOf(RuleViolationException.class);

        assertThatThrownBy(() -> assessments.recordOutcome(
                        initial.getId(),
                        AssessmentOutcome.ATTENDED_AND_REMAINED,
                        null,
                        Instant.parse("2026-06-03T10:00:00Z"),
                        worker))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("result"));
        assessments.recordOutcome(
                initial.getId(),
                AssessmentOutcome.ATTENDED_AND_REMAINED,
                AssessmentResult.CARE_PLAN,
                Instant.parse("2026-06-03T10:00:00Z"),
                worker);
        assertThat(assessments
                        .event(event.getId(), worker)
                        .allows(CustodyEventRecord.Action.BOOK_FOLLOW_UP)
                        .isAllowed())
                .isTrue();

        RequiredAssessment followUp = assessments.book(
                event.getId(),
                booking(
                        AssessmentKind.FOLLOW_UP,
                        Instant.parse("2026-06-24T09:00:00Z"),
                        Instant.parse("2026-06-03T10:00:00Z")),
                worker);
        RequiredAssessment cancelled = assessments.cancelFollowUp(
                event.getId(), "Already engaged in treatment", Instant.parse("2026-06-10T09:00:00Z"), worker);

        assertThat(cancelled.getId()).isEqualTo(followUp.getId());
        assertThat(cancelled.getCancelledBy()).isEqualTo(worker.username());
        assertThat(assessments
                        .event(event.getId(), worker)
                        .allows(CustodyEventRecord.Action.CANCEL_FOLLOW_UP)
                        .refusal())
                .isEqualTo("The follow-up assessment is already cancelled");
        assertThatThrownBy(() -> assessments.recordOutcome(
                        followUp.getId(),
                        AssessmentOutcome.FAILED_TO_ATTEND,
                        null,
                        Instant.parse("2026-06-24T10:00:00Z"),
                        worker))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void worklistShowsTodaysTestsAtMySuitesOnly() {
        CustodyEvent today =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(3600), TestResult.POSITIVE), worker);
        CustodyEvent yesterday =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(86400), TestResult.NEGATIVE), worker);
        SignedInUser gwentWorker = signedIn(Role.CUSTODY_WORKER, "Gwent");
        cases.openForMyTeam(person.getId(), gwentWorker, CaseAccessReason.NEW_CUSTODY_CONTACT, null);
        CustodyEvent elsewhere = events.record(
                tested(
                        person.getId(),
                        suite("Gwent", LocalDate.of(2020, 1, 1)),
                        NOW.minusSeconds(1800),
                        TestResult.NEGATIVE),
                gwentWorker);

        var tests = worklist.testsToday(worker, 0, 500);

        assertThat(tests.getContent())
                .extracting(WorklistTest::eventId)
                .contains(today.getId())
                .doesNotContain(yesterday.getId(), elsewhere.getId());
        WorklistTest row = tests.getContent().stream()
                .filter(t -> t.eventId().equals(today.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(row.positiveResults())
                .isEqualTo(allResults(TestResult.POSITIVE).size());
        assertThat(row.suiteName()).isEqualTo(suite.getName());
        assertThat(tests.getTotalElements()).isGreaterThanOrEqualTo(1);
        assertThat(worklist.testsToday(worker, 0, 1).getTotalElements()).isEqualTo(tests.getTotalElements());
    }

    @Test
    void worklistShowsAssessmentsDueAndOverdueAndFailuresUntilThePoliceAreTold() {
        Instant arrest = Instant.parse("2026-06-01T09:00:00Z");
        RequiredAssessment overdue = bookedInitial(arrest, Instant.parse("2026-06-16T09:00:00Z"));
        RequiredAssessment dueToday = bookedInitial(arrest, Instant.parse("2026-06-17T08:00:00Z"));
        RequiredAssessment tomorrow = bookedInitial(arrest, Instant.parse("2026-06-18T09:00:00Z"));
        RequiredAssessment failed = bookedInitial(arrest, Instant.parse("2026-06-15T09:00:00Z"));
        assessments.recordOutcome(
                failed.getId(),
                AssessmentOutcome.FAILED_TO_ATTEND,
                null,
                Instant.parse("2026-06-15T10:00:00Z"),
                worker);

        assertThat(worklist.assessmentsDue(worker, 0, 500).getContent())
                .extracting(WorklistAssessment::assessmentId)
                .contains(overdue.getId(), dueToday.getId())
                .doesNotContain(tomorrow.getId(), failed.getId());
        assertThat(worklist.failuresAwaitingPolice(worker, 0, 500).getContent())
                .extracting(WorklistAssessment::assessmentId)
                .contains(failed.getId());
        // The counts read the suite kept on the assessment (V58): they agree with the lists, and another force's
        // worker sees none of these.
        assertThat(worklist.assessmentsDue(worker, 0, 1).getTotalElements())
                .isEqualTo(worklist.assessmentsDue(worker, 0, 500).getContent().size());
        assertThat(worklist.failuresAwaitingPolice(worker, 0, 1).getTotalElements())
                .isEqualTo(worklist.failuresAwaitingPolice(worker, 0, 500)
                        .getContent()
                        .size());
        SignedInUser gwent = signedIn(Role.CUSTODY_WORKER, "Gwent");
        assertThat(worklist.assessmentsDue(gwent, 0, 500).getContent())
                .extracting(WorklistAssessment::assessmentId)
                .doesNotContain(overdue.getId(), dueToday.getId());
        assertThat(worklist.failuresAwaitingPolice(gwent, 0, 500).getContent())
                .extracting(WorklistAssessment::assessmentId)
                .doesNotContain(failed.getId());

        // A voided test's failure is neither listed nor counted.
        RequiredAssessment voidedFailure = bookedInitial(arrest, Instant.parse("2026-06-14T09:00:00Z"));
        assessments.recordOutcome(
                voidedFailure.getId(),
                AssessmentOutcome.DID_NOT_REMAIN,
                null,
                Instant.parse("2026-06-14T10:00:00Z"),
                worker);
        long failuresBefore = worklist.failuresAwaitingPolice(worker, 0, 1).getTotalElements();
        events.voidTest(
                voidedFailure.getEvent().getId(),
                "Recorded against the wrong person",
                Instant.parse("2026-06-14T11:00:00Z"),
                worker);
        assertThat(worklist.failuresAwaitingPolice(worker, 0, 500).getContent())
                .extracting(WorklistAssessment::assessmentId)
                .doesNotContain(voidedFailure.getId());
        assertThat(worklist.failuresAwaitingPolice(worker, 0, 1).getTotalElements())
                .isEqualTo(failuresBefore - 1);

        assertThatThrownBy(() -> assessments.recordPoliceNotified(
                        failed.getId(), Instant.parse("2026-06-15T09:30:00Z"), OFFICER, worker))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("date"));
        assertThatThrownBy(() -> assessments.recordPoliceNotified(dueToday.getId(), NOW, OFFICER, worker))
                .isInstanceOf(RuleViolationException.class);
        assessments.recordPoliceNotified(failed.getId(), Instant.parse("2026-06-16T09:00:00Z"), OFFICER, worker);

        assertThat(worklist.failuresAwaitingPolice(worker, 0, 500).getContent())
                .extracting(WorklistAssessment::assessmentId)
                .doesNotContain(failed.getId());
    }

    /**
     * The waiting lists read each suite's first rows and merge them ({@link WorklistAssessments}): rows of two suites
     * of the force, interleaved in time, come out in one order, and the pages of two rows put together are the list.
     */
    @Test
    void theWaitingListsMergeTheSuitesOfTheForceInOrderPageByPage() {
        CustodySuite other = suite("Cumbria", LocalDate.of(2020, 1, 1));
        List<Long> due = new ArrayList<>();
        // Four due and three failures at each suite: more than a page of two from each.
        for (int i = 0; i < 14; i++) {
            Instant arrest = Instant.parse("2026-05-01T09:00:00Z").plus(i, ChronoUnit.DAYS);
            CustodyEvent event = events.record(
                    tested(person.getId(), i % 2 == 0 ? suite : other, arrest, TestResult.POSITIVE), worker);
            RequiredAssessment booked = assessments.book(
                    event.getId(),
                    booking(AssessmentKind.INITIAL, arrest.plus(1, ChronoUnit.DAYS), arrest.plusSeconds(3600)),
                    worker);
            if (i >= 8) {
                assessments.recordOutcome(
                        booked.getId(),
                        AssessmentOutcome.FAILED_TO_ATTEND,
                        null,
                        arrest.plus(1, ChronoUnit.DAYS).plusSeconds(3600),
                        worker);
            } else {
                due.add(booked.getId());
            }
        }

        List<WorklistAssessment> allDue =
                worklist.assessmentsDue(worker, 0, 500).getContent();
        assertThat(allDue)
                .isSortedAccordingTo(Comparator.comparing(WorklistAssessment::appointmentAt)
                        .thenComparing(WorklistAssessment::assessmentId));
        assertThat(allDue).extracting(WorklistAssessment::assessmentId).containsSubsequence(due);
        assertThat(allDue).extracting(WorklistAssessment::suiteName).contains(suite.getName(), other.getName());
        assertThat(pagesOfTwo(index -> worklist.assessmentsDue(worker, index, 2)))
                .isEqualTo(allDue);

        List<WorklistAssessment> allFailures =
                worklist.failuresAwaitingPolice(worker, 0, 500).getContent();
        assertThat(allFailures)
                .isSortedAccordingTo(Comparator.comparing(WorklistAssessment::outcomeRecordedAt)
                        .thenComparing(WorklistAssessment::assessmentId));
        assertThat(allFailures).extracting(WorklistAssessment::suiteName).contains(suite.getName(), other.getName());
        assertThat(pagesOfTwo(index -> worklist.failuresAwaitingPolice(worker, index, 2)))
                .isEqualTo(allFailures);
    }

    private static List<WorklistAssessment> pagesOfTwo(IntFunction<Page<WorklistAssessment>> page) {
        List<WorklistAssessment> all = new ArrayList<>();
        Page<WorklistAssessment> current = page.apply(0);
        all.addAll(current.getContent());
        while (current.hasNext()) {
            current = page.apply(current.getNumber() + 1);
            all.addAll(current.getContent());
        }
        return all;
    }

    @Test
    void aFurtherNoticeMovesTheAppointmentAndKeepsTheOldOneAndAWithdrawalEndsTheRequirement() {
        Instant arrest = Instant.parse("2026-06-15T09:00:00Z");
        RequiredAssessment initial = bookedInitial(arrest, Instant.parse("2026-06-18T10:00:00Z"));

        assessments.changeAppointment(
                initial.getId(),
                Instant.parse("2026-06-19T14:00:00Z"),
                "Carlisle hub, room 2",
                Instant.parse("2026-06-16T09:00:00Z"),
                "Person starts work on the 18th",
                worker);

        CustodyEventRecord record = events.view(initial.getEvent().getId(), worker);
        assertThat(record.assessments().get(0).getAppointmentAt()).isEqualTo(Instant.parse("2026-06-19T14:00:00Z"));
        assertThat(record.assessments().get(0).getPlace()).isEqualTo("Carlisle hub, room 2");
        List<AppointmentChange> changes = assessments.changes(initial.getEvent().getId());
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).getPreviousAppointmentAt()).isEqualTo(Instant.parse("2026-06-18T10:00:00Z"));
        assertThat(changes.get(0).getPreviousPlace()).isEqualTo("Carlisle recovery hub");

        assessments.withdraw(initial.getId(), "Charge dropped", Instant.parse("2026-06-17T09:00:00Z"), worker);
        RequiredAssessment withdrawn =
                events.view(initial.getEvent().getId(), worker).assessments().get(0);
        assertThat(withdrawn.status(NOW)).isEqualTo(RequiredAssessment.Status.ENDED);
        assertThat(withdrawn.getEndReason()).isEqualTo("withdrawn by the police: Charge dropped");
        assertThatThrownBy(() -> assessments.recordOutcome(
                        withdrawn.getId(), AssessmentOutcome.FAILED_TO_ATTEND, null, NOW, worker))
                .isInstanceOf(RuleViolationException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Required assessment' and record_id = ? "
                                + "and action = 'UPDATE'",
                        Integer.class,
                        String.valueOf(initial.getId())))
                .isEqualTo(2);
    }

    @Test
    void aVoidedTestLeavesTheWorklistButStaysOnThePersonsRecord() {
        CustodyEvent today =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(3600), TestResult.NEGATIVE), worker);
        events.voidTest(today.getId(), "Recorded against the wrong person", NOW.minusSeconds(60), worker);

        assertThat(worklist.testsToday(worker, 0, 500).getContent())
                .extracting(WorklistTest::eventId)
                .doesNotContain(today.getId());
        assertThat(history.forPerson(person.getId(), person.getDateOfBirth(), worker))
                .extracting(r -> r.event().getId())
                .contains(today.getId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Custody event' and record_id = ? "
                                + "and summary like 'Test voided%'",
                        Integer.class, String.valueOf(today.getId())))
                .isEqualTo(1);
    }

    /** Merging two records of one person moves the merged record's tests to the survivor, in the same commit. */
    @Test
    void aMergeMovesTheTestsToTheRecordKept(@Autowired PersonMerge merges) {
        Person duplicate = person(worker, LocalDate.of(1990, 3, 1));
        CustodyEvent test = events.record(
                tested(duplicate.getId(), suite, NOW.minusSeconds(3 * 3600), TestResult.NEGATIVE), worker);

        merges.merge(duplicate.getId(), person.getId(), "Recorded twice", worker);

        assertThat(history.forPerson(person.getId(), person.getDateOfBirth(), worker))
                .extracting(r -> r.event().getId())
                .contains(test.getId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from custody_event where person_id = ?", Integer.class, duplicate.getId()))
                .isZero();
    }

    /** A correction keeps what it replaced (with who, when and why) and goes to the audit trail. */
    @Test
    void aCorrectionKeepsTheOriginalAndIsAudited() {
        CustodyEvent event =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(3 * 3600), TestResult.NEGATIVE), worker);
        Instant released = NOW.minusSeconds(600);

        events.correct(
                event.getId(),
                new CustodyEventService.Correction(
                        "CU/0042/26", "SEAL-77", null, released, "Typed from the wrong sheet"),
                worker);

        assertThat(events.corrections(event.getId()))
                .extracting(TestCorrection::getField, TestCorrection::getBefore, TestCorrection::getReason)
                .contains(
                        tuple("Custody record number", null, "Typed from the wrong sheet"),
                        tuple("Seal or reference number", null, "Typed from the wrong sheet"));
        assertThat(jdbc.queryForObject(
                        "select released_at is not null and custody_record_number = 'CU/0042/26' from custody_event where id = ?",
                        Boolean.class,
                        event.getId()))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select changes::text from audit_event where record_type = 'Custody event' and record_id = ? "
                                + "and summary like 'Test corrected: Typed from the wrong sheet%'",
                        String.class, String.valueOf(event.getId())))
                .contains("Custody record number")
                .contains("CU/0042/26");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "release before the sample,  -9900, releaseDate",
        "release before the arrest, -86400, releaseDate",
        "release in the future,       3600, releaseDate",
    })
    void aCorrectionMustKeepTheTestLawful(String why, long releaseSecondsFromNow, String field) {
        CustodyEvent event =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(3 * 3600), TestResult.NEGATIVE), worker);

        assertThatThrownBy(() -> events.correct(
                        event.getId(),
                        new CustodyEventService.Correction(
                                null, null, null, NOW.plusSeconds(releaseSecondsFromNow), "Wrong time"),
                        worker))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(events.corrections(event.getId())).isEmpty();
    }

    @Test
    void aCorrectionThatChangesNothingOrAVoidedTestIsRefused() {
        CustodyEvent event =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(3 * 3600), TestResult.NEGATIVE), worker);
        CustodyEventService.Correction same = new CustodyEventService.Correction(
                event.getCustodyRecordNumber(),
                event.getSampleReference(),
                event.getSampleTakenBy(),
                event.getReleasedAt(),
                "No change");
        assertThatThrownBy(() -> events.correct(event.getId(), same, worker))
                .hasMessageContaining("Nothing has changed");

        events.voidTest(event.getId(), "Wrong person", NOW.minusSeconds(60), worker);
        assertThatThrownBy(() -> events.correct(
                        event.getId(), new CustodyEventService.Correction("X1", null, null, null, "Fix"), worker))
                .hasMessageContaining("This test was voided");
    }

    /** The requirement is imposed in custody: adults' founding positives still detained wait for a decision. */
    @Test
    void worklistListsAdultsPositivesStillInCustodyUntilAnAssessmentIsRequired() {
        CustodyEvent waiting =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(3 * 3600), TestResult.POSITIVE), worker);
        CustodyEvent negative =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(2 * 3600), TestResult.NEGATIVE), worker);
        CustodyEventCommand releasedCommand =
                tested(person.getId(), suite, NOW.minusSeconds(5 * 3600), TestResult.POSITIVE);
        CustodyEvent released = events.record(
                new CustodyEventCommand(
                        releasedCommand.personId(),
                        releasedCommand.suiteId(),
                        releasedCommand.arrestedAt(),
                        releasedCommand.testStage(),
                        releasedCommand.offenceIds(),
                        null,
                        null,
                        null,
                        releasedCommand.sampleTakenAt(),
                        releasedCommand.sampleType(),
                        releasedCommand.outcome(),
                        releasedCommand.results(),
                        true,
                        null,
                        releasedCommand.sampleTakenAt().plusSeconds(3600),
                        null,
                        null,
                        null,
                        null),
                worker);
        Person fifteen = person(worker, LocalDate.of(2011, 1, 1));
        CustodyEventCommand young = tested(fifteen.getId(), suite, NOW.minusSeconds(3600), TestResult.POSITIVE);
        CustodyEvent youngEvent = events.record(
                new CustodyEventCommand(
                        young.personId(),
                        young.suiteId(),
                        young.arrestedAt(),
                        TestStage.ON_CHARGE,
                        young.offenceIds(),
                        null,
                        null,
                        null,
                        young.sampleTakenAt(),
                        young.sampleType(),
                        young.outcome(),
                        young.results(),
                        true,
                        young.arrestedAt(),
                        null,
                        true,
                        null,
                        null,
                        null),
                worker);

        assertThat(worklist.positivesAwaitingDecision(worker, 0, 500).getContent())
                .extracting(WorklistTest::eventId)
                .contains(waiting.getId())
                .doesNotContain(negative.getId(), released.getId(), youngEvent.getId());

        assessments.book(
                waiting.getId(),
                booking(AssessmentKind.INITIAL, NOW.plusSeconds(86400), NOW.minusSeconds(3600)),
                worker);
        assertThat(worklist.positivesAwaitingDecision(worker, 0, 500).getContent())
                .extracting(WorklistTest::eventId)
                .doesNotContain(waiting.getId());
    }

    /** "Tests today" goes by the time of the test: arrested late yesterday, tested after midnight, is today's. */
    @Test
    void worklistListsTestsByTheTimeOfTheTest() {
        CustodyEvent afterMidnight = events.record(
                tested(person.getId(), suite, Instant.parse("2026-06-16T22:30:00Z"), TestResult.NEGATIVE), worker);

        WorklistTest row = worklist.testsToday(worker, 0, 500).getContent().stream()
                .filter(t -> t.eventId().equals(afterMidnight.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(row.testedAt()).isEqualTo(Instant.parse("2026-06-16T23:00:00Z"));
    }

    @Test
    void worklistListsSamplesAtTheLabAndFollowUpsToArrangeUntilTheyAreDone() {
        CustodyEvent disputed = opiatesOnlyPositive(Instant.parse("2026-06-10T09:00:00Z"));
        Long opiates = opiates(disputed).getId();
        events.disputeResult(opiates, Instant.parse("2026-06-10T15:00:00Z"), worker);
        assertThat(worklist.samplesAtTheLab(worker, 0, 500).getContent())
                .extracting(WorklistSample::resultId)
                .contains(opiates);
        assertThat(worklist.samplesAtTheLab(signedIn(Role.CUSTODY_WORKER, "Gwent"), 0, 500)
                        .getContent())
                .extracting(WorklistSample::resultId)
                .doesNotContain(opiates);
        events.confirmResult(opiates, TestResult.POSITIVE, Instant.parse("2026-06-12T09:00:00Z"), worker);
        assertThat(worklist.samplesAtTheLab(worker, 0, 500).getContent())
                .extracting(WorklistSample::resultId)
                .doesNotContain(opiates);

        Instant arrest = Instant.parse("2026-06-08T09:00:00Z");
        RequiredAssessment initial = bookedInitial(arrest, Instant.parse("2026-06-09T10:00:00Z"));
        assessments.recordOutcome(
                initial.getId(),
                AssessmentOutcome.ATTENDED_AND_REMAINED,
                AssessmentResult.CARE_PLAN,
                Instant.parse("2026-06-09T11:00:00Z"),
                worker);
        assertThat(worklist.followUpsToArrange(worker, 0, 500).getContent())
                .extracting(WorklistAssessment::assessmentId)
                .contains(initial.getId());
        assessments.book(
                initial.getEvent().getId(),
                booking(
                        AssessmentKind.FOLLOW_UP,
                        Instant.parse("2026-06-23T10:00:00Z"),
                        Instant.parse("2026-06-09T10:45:00Z")),
                worker);
        assertThat(worklist.followUpsToArrange(worker, 0, 500).getContent())
                .extracting(WorklistAssessment::assessmentId)
                .doesNotContain(initial.getId());

        // A follow-up the assessor cancels is dealt with too.
        RequiredAssessment another = bookedInitial(arrest.plusSeconds(86_400), Instant.parse("2026-06-10T10:00:00Z"));
        assessments.recordOutcome(
                another.getId(),
                AssessmentOutcome.ATTENDED_AND_REMAINED,
                AssessmentResult.CARE_PLAN,
                Instant.parse("2026-06-10T11:00:00Z"),
                worker);
        long waiting = worklist.followUpsToArrange(worker, 0, 500).getTotalElements();
        assertThat(worklist.followUpsToArrange(worker, 0, 500).getContent())
                .extracting(WorklistAssessment::assessmentId)
                .contains(another.getId());
        assessments.cancelFollowUp(
                another.getEvent().getId(),
                "No longer needed: already in treatment",
                Instant.parse("2026-06-10T11:10:00Z"),
                worker);
        assertThat(worklist.followUpsToArrange(worker, 0, 500).getContent())
                .extracting(WorklistAssessment::assessmentId)
                .doesNotContain(another.getId());
        assertThat(worklist.followUpsToArrange(worker, 0, 500).getTotalElements())
                .isEqualTo(waiting - 1);
    }

    @Test
    void theDatabaseRefusesWhatTheRulesRefuseToo() {
        CustodyEvent event =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(3600), TestResult.NEGATIVE), worker);
        assertThatThrownBy(() -> jdbc.update(
                        "update custody_event set released_at = arrested_at - interval '1 hour' where id = ?",
                        event.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update custody_event set released_at = sample_taken_at - interval '1 minute' where id = ?",
                        event.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update custody_event set sample_taken_at = arrested_at - interval '1 minute' "
                                + "where id = ?",
                        event.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update drug_test_result set disputed_at = now(), disputed_by = 'x' "
                                + "where custody_event_id = ?",
                        event.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private RequiredAssessment bookedInitial(Instant arrest, Instant appointment) {
        CustodyEvent event = events.record(tested(person.getId(), suite, arrest, TestResult.POSITIVE), worker);
        return assessments.book(
                event.getId(), booking(AssessmentKind.INITIAL, appointment, arrest.plusSeconds(3600)), worker);
    }

    private static AssessmentBooking booking(AssessmentKind kind, Instant appointment, Instant notice) {
        return new AssessmentBooking(
                kind, appointment, "Carlisle recovery hub", notice, "Sam Assessor", true, "PS 1234 Clarke");
    }

    private int countEvents(Person p) {
        return jdbc.queryForObject("select count(*) from custody_event where person_id = ?", Integer.class, p.getId());
    }
}
