package org.throughcare.custody;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.throughcare.Fixtures;
import org.throughcare.TestClock;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custody module on its own (with the modules it depends on, and no others): what it publishes for the
 * rest of the pathway when a test is recorded and when a required assessment is attended or failed.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({Fixtures.class, TestClock.class})
class CustodyModuleTest {

    static final Instant ARREST = Instant.parse("2026-06-10T09:00:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    CustodyEventService events;

    @Autowired
    AssessmentService assessments;

    @Autowired
    CustodySuiteRepository suites;

    @Autowired
    TestingNotificationRepository notifications;

    @Autowired
    OffenceRepository offences;

    @Autowired
    TestedSubstanceRepository substances;

    @Test
    void aPositiveTestIsPublishedAsRecordedAndAsPositive(Scenario scenario) {
        SignedInUser worker = fixtures.user(Role.CUSTODY_WORKER, "Cumbria");
        Person person = fixtures.person(worker);
        CustodySuite suite = suite();

        scenario.stimulate(() -> events.record(tested(person.getId(), suite, TestResult.POSITIVE), worker))
                .andWaitForEventOfType(PositiveResultRecorded.class)
                .matching(event -> event.personId().equals(person.getId()))
                .toArriveAndVerify(event -> {
                    assertThat(event.substances()).containsExactlyInAnyOrderElementsOf(activeCodes());
                    assertThat(event.arrestedAt()).isEqualTo(ARREST);
                });
    }

    @Test
    void aNegativeTestIsPublishedWithNothingFound(Scenario scenario) {
        SignedInUser worker = fixtures.user(Role.CUSTODY_WORKER, "Cumbria");
        Person person = fixtures.person(worker);

        scenario.stimulate(() -> events.record(tested(person.getId(), suite(), TestResult.NEGATIVE), worker))
                .andWaitForEventOfType(DrugTestRecorded.class)
                .matching(event -> event.personId().equals(person.getId()))
                .toArriveAndVerify(event -> {
                    assertThat(event.positive()).isFalse();
                    assertThat(event.outcome()).isEqualTo(TestOutcome.TESTED);
                    assertThat(event.forceId()).isEqualTo(fixtures.forceId("Cumbria"));
                });
    }

    @Test
    void aFailedAssessmentIsPublished(Scenario scenario) {
        SignedInUser worker = fixtures.user(Role.CUSTODY_WORKER, "Cumbria");
        Person person = fixtures.person(worker);
        CustodyEvent event = events.record(tested(person.getId(), suite(), TestResult.POSITIVE), worker);
        RequiredAssessment initial = assessments.book(
                event.getId(),
                new AssessmentBooking(
                        AssessmentKind.INITIAL,
                        Instant.parse("2026-06-12T09:00:00Z"),
                        "Carlisle hub",
                        ARREST.plusSeconds(7200),
                        "Sam Assessor",
                        true,
                        "PS 1234 Clarke"),
                worker);

        scenario.stimulate(() -> assessments.recordOutcome(
                        initial.getId(),
                        AssessmentOutcome.FAILED_TO_ATTEND,
                        null,
                        Instant.parse("2026-06-12T10:00:00Z"),
                        worker))
                .andWaitForEventOfType(RequiredAssessmentFailed.class)
                .matching(failed -> failed.assessmentId().equals(initial.getId()))
                .toArriveAndVerify(failed -> {
                    assertThat(failed.personId()).isEqualTo(person.getId());
                    assertThat(failed.outcome()).isEqualTo(AssessmentOutcome.FAILED_TO_ATTEND);
                });
    }

    private CustodySuite suite() {
        CustodySuite suite = suites.saveAndFlush(
                new CustodySuite(fixtures.forceId("Cumbria"), "Module test suite " + Fixtures.unique()));
        for (NotificationKind kind : NotificationKind.values()) {
            notifications.saveAndFlush(new TestingNotification(suite.getId(), kind, LocalDate.of(2020, 1, 1), null));
        }
        return suite;
    }

    private Set<String> activeCodes() {
        LocalDate day = ARREST.atZone(org.throughcare.common.UkTime.ZONE).toLocalDate();
        return substances.findByActiveTrueOrderByDisplayOrderAscNameAsc().stream()
                .filter(s -> s.testedOn(day))
                .map(TestedSubstance::getCode)
                .collect(Collectors.toSet());
    }

    private CustodyEventCommand tested(Long personId, CustodySuite suite, TestResult result) {
        Map<String, TestResult> results = new HashMap<>();
        activeCodes().forEach(code -> results.put(code, result));
        Long trigger = offences.findByActiveTrueOrderByTriggerDescNameAsc().stream()
                .filter(Offence::isTrigger)
                .findFirst()
                .orElseThrow()
                .getId();
        return new CustodyEventCommand(
                personId,
                suite.getId(),
                ARREST,
                TestStage.ON_ARREST,
                Set.of(trigger),
                null,
                null,
                null,
                ARREST.plusSeconds(1800),
                SampleType.ORAL_FLUID,
                TestOutcome.TESTED,
                results,
                true,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
