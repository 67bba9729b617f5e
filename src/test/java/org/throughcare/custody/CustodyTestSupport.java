package org.throughcare.custody;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.common.UkTime;
import org.throughcare.person.Person;
import org.throughcare.person.PersonService;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Shared set-up for the custody integration and controller tests ({@link IntegrationTest}: the clock at noon
 * UK on Wednesday 17 June 2026), with custody's own fixtures on top of {@link Fixtures}: suites, offences and
 * tests, uniquely named so no test relies on what else is in the database.
 */
@IntegrationTest
abstract class CustodyTestSupport {

    static final Instant NOW = TestClock.NOW;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PersonService people;

    @Autowired
    CustodySuiteRepository suites;

    @Autowired
    OffenceRepository offences;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestingNotificationRepository notifications;

    @Autowired
    CustodyEventService events;

    @Autowired
    AssessmentService assessments;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    Long forceId(String name) {
        return fixtures.forceId(name);
    }

    /** A user of that role in a new team of the police force area. */
    SignedInUser signedIn(Role role, String force) {
        return fixtures.user(role, force);
    }

    /** A new suite of the force with every notification condition in force from that day (none if null). */
    CustodySuite suite(String force, LocalDate liveFrom) {
        return liveFrom == null
                ? suite(force, null, new NotificationKind[0])
                : suite(force, liveFrom, NotificationKind.values());
    }

    /** A new suite of the force with only these notification conditions in force from that day. */
    CustodySuite suite(String force, LocalDate from, NotificationKind... kinds) {
        CustodySuite suite = suites.saveAndFlush(new CustodySuite(forceId(force), "Test suite " + UUID.randomUUID()));
        for (NotificationKind kind : kinds) {
            notifications.saveAndFlush(new TestingNotification(suite.getId(), kind, from, null));
        }
        return suite;
    }

    Person person(SignedInUser user, LocalDate dateOfBirth) {
        return fixtures.person(
                user, Fixtures.details().named("Alex", "Custody" + suffix).born(dateOfBirth));
    }

    Long triggerOffence() {
        return offences.findByActiveTrueOrderByTriggerDescNameAsc().stream()
                .filter(Offence::isTrigger)
                .findFirst()
                .orElseThrow()
                .getId();
    }

    Long nonTriggerOffence() {
        return offences.findByActiveTrueOrderByTriggerDescNameAsc().stream()
                .filter(o -> !o.isTrigger())
                .findFirst()
                .orElseThrow()
                .getId();
    }

    static final PoliceContact OFFICER = new PoliceContact("PC Jordan Ellis", "4417", PoliceContact.How.TELEPHONE);

    /** Every active substance with the same result. */
    Map<String, TestResult> allResults(TestResult result) {
        Map<String, TestResult> results = new HashMap<>();
        jdbc.queryForList("select code from tested_substance where active", String.class)
                .forEach(code -> results.put(code, result));
        return results;
    }

    /** Every active substance custody tests reported on that day, with the same result. */
    Map<String, TestResult> resultsOn(TestResult result, Instant arrestedAt) {
        Map<String, TestResult> results = new HashMap<>();
        jdbc.queryForList(
                        "select code from tested_substance where active and (tested_from is null or tested_from <= ?)",
                        String.class,
                        arrestedAt.atZone(UkTime.ZONE).toLocalDate())
                .forEach(code -> results.put(code, result));
        return results;
    }

    CustodyEventCommand tested(Long personId, CustodySuite suite, Instant arrestedAt, TestResult result) {
        return new CustodyEventCommand(
                personId,
                suite.getId(),
                arrestedAt,
                TestStage.ON_ARREST,
                Set.of(triggerOffence()),
                null,
                null,
                null,
                arrestedAt.plusSeconds(1800),
                SampleType.ORAL_FLUID,
                TestOutcome.TESTED,
                resultsOn(result, arrestedAt),
                true,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
