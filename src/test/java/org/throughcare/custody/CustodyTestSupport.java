package org.throughcare.custody;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.person.Person;
import org.throughcare.person.PersonDetails;
import org.throughcare.person.PersonService;
import org.throughcare.person.StatedSex;
import org.throughcare.user.NewUser;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;
import org.throughcare.user.TeamAdminService;
import org.throughcare.user.TeamDetails;
import org.throughcare.user.UserAccount;
import org.throughcare.user.UserAdminService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Shared set-up for the custody integration and controller tests: one Spring context on the shared
 * PostgreSQL with the clock fixed at noon (UK) on Wednesday 17 June 2026, and helpers that create
 * uniquely named teams, users, suites and people, so no test relies on what else is in the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClockConfiguration.class)
abstract class CustodyTestSupport {

    static final Instant NOW = Instant.parse("2026-06-17T11:00:00Z");
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    TeamAdminService teams;

    @Autowired
    UserAdminService users;

    @Autowired
    PersonService people;

    @Autowired
    CustodySuiteRepository suites;

    @Autowired
    OffenceRepository offences;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CustodyEventService events;

    @Autowired
    AssessmentService assessments;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    Long forceId(String name) {
        return jdbc.queryForObject(
                "select id from area where name = ? and kind = 'POLICE_FORCE_AREA'", Long.class, name);
    }

    SignedInUser signedIn(Role role, String force) {
        Long areaId = forceId(force);
        Team team = teams.create(
                new TeamDetails("Custody test " + role + " " + suffix + " " + UUID.randomUUID(), areaId, 0));
        UserAccount account = users.create(new NewUser(
                "t" + UUID.randomUUID().toString().substring(0, 12),
                "Test " + role,
                role,
                team.getId(),
                "correct-horse-battery-staple"));
        return new SignedInUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                role,
                team.getId(),
                team.getName(),
                areaId,
                force,
                "{noop}unused",
                true);
    }

    CustodySuite suite(String force, LocalDate liveFrom) {
        return suites.saveAndFlush(new CustodySuite(forceId(force), "Test suite " + UUID.randomUUID(), liveFrom, null));
    }

    Person person(SignedInUser user, LocalDate dateOfBirth) {
        return people.create(
                new PersonDetails(
                        "Alex",
                        "Custody" + suffix,
                        null,
                        dateOfBirth,
                        StatedSex.NOT_KNOWN,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        false,
                        null,
                        null,
                        null),
                null,
                user,
                true);
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

    /** Every active substance with the same result. */
    Map<String, TestResult> allResults(TestResult result) {
        Map<String, TestResult> results = new java.util.HashMap<>();
        jdbc.queryForList("select code from tested_substance where active", String.class)
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
                allResults(result),
                null);
    }
}
