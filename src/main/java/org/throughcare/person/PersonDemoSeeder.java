package org.throughcare.person;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.demo.DemoRun;
import org.throughcare.demo.DemoSeeder;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Demo data: synthetic people ({@code throughcare.demo.people} of them), recorded by the demo custody worker
 * through {@link PersonService}, so each has a case with the custody team. Runs when that worker's caseload is
 * still empty. Later seeders give the people recorded here a history.
 */
@Component
class PersonDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(PersonDemoSeeder.class);
    /** People per transaction: fewer commits, and a persistence context small enough to flush cheaply. */
    static final int CHUNK = 25;

    private final PersonService people;
    private final CaseService cases;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PersonDemoSeeder(
            PersonService people,
            CaseService cases,
            UserDirectory directory,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.people = people;
        this.cases = cases;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(DemoRun run) {
        int count = run.settings().people();
        SignedInUser worker =
                directory.signedInUser(DemoUsernames.of(Role.CUSTODY_WORKER)).orElse(null);
        if (count <= 0 || worker == null || cases.caseload(worker, 0, 1).getTotalElements() > 0) {
            return;
        }
        long started = System.nanoTime();
        Long westYorkshire = directory.policeForceAreas().stream()
                .filter(area -> area.name().equals("West Yorkshire"))
                .findFirst()
                .orElseThrow()
                .id();
        SyntheticPeople generator = new SyntheticPeople(run.settings().seed(), LocalDate.now(clock), westYorkshire);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(worker, null, worker.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            for (int from = 0; from < count; from += CHUNK) {
                int start = from;
                int end = Math.min(count, from + CHUNK);
                transaction.executeWithoutResult(status -> {
                    for (int i = start; i < end; i++) {
                        SyntheticPeople.SyntheticPerson person = generator.person(i);
                        Long id = people.create(person.details(), person.custodyNumber(), worker, true)
                                .getId();
                        run.recorded(new DemoRun.DemoPerson(id, person.details().dateOfBirth(), i));
                    }
                });
                if (end % 10_000 == 0) {
                    log.info("Demo mode: {} people recorded", end);
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo mode: {} synthetic people recorded in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }
}
