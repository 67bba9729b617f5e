package org.throughcare.custody;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's custody history goes through every rule a worker's entry does, including those about the
 * present (a release or a notice cannot be in the future): a first start of the demo must never fail on
 * them, whatever the time of day. Tests today, last week and three years back, for many seeds.
 */
class SyntheticCustodyHistoryTest extends CustodyTestSupport {

    @Autowired
    OffenceRepository offences;

    @Autowired
    TestedSubstanceRepository substances;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDemoHistoryPassesEveryRuleForManySeeds() {
        SignedInUser worker = signedIn(Role.CUSTODY_WORKER, "Cumbria");
        CustodySuite suite = suite("Cumbria", LocalDate.of(2015, 1, 1));
        SyntheticCustodyHistory history = new SyntheticCustodyHistory(
                events,
                assessments,
                List.of(suite),
                notifications.findBySuiteIdOrderByKindAscInForceFromDesc(suite.getId()),
                offences.findByActiveTrueOrderByTriggerDescNameAsc().stream()
                        .filter(Offence::isTrigger)
                        .toList(),
                substances.findByActiveTrueOrderByDisplayOrderAscNameAsc(),
                clock);
        List<Person> people = new ArrayList<>();
        for (int seed = 0; seed < 60; seed++) {
            Person person = person(worker, LocalDate.of(1970 + seed % 30, 1 + seed % 12, 1 + seed % 28));
            // In one transaction per person, as the demo seeder runs it: a test booked in the transaction that
            // recorded it must see the conditions it was recorded under.
            int personSeed = seed;
            new TransactionTemplate(transactions)
                    .executeWithoutResult(status ->
                            history.record(person.getId(), person.getDateOfBirth(), new Random(personSeed), worker));
            people.add(person);
        }

        long recorded = people.stream().mapToLong(this::countEventsOf).sum();
        assertThat(recorded).isGreaterThan(30);
        assertThat(jdbc.queryForObject(
                        "select count(*) from custody_event e where e.suite_id = ? and e.released_at > ?",
                        Long.class,
                        suite.getId(),
                        java.sql.Timestamp.from(clock.instant())))
                .isZero();
    }

    private long countEventsOf(Person person) {
        return jdbc.queryForObject(
                "select count(*) from custody_event where person_id = ?", Long.class, person.getId());
    }
}
