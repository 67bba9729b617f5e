package org.throughcare.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.database.RunMode;
import org.throughcare.person.CaseService;
import org.throughcare.person.PersonService;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * In demo mode, records synthetic people through {@link PersonService}, acting as the demo custody
 * worker, so every one passes the rules real input must. How many is a property
 * ({@code throughcare.demo.people}); it runs once, when the demo worker's caseload is still empty.
 */
@Component
@Order(20)
class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
    private static final int CHUNK = 25;

    private final RunMode runMode;
    private final DemoSettings settings;
    private final PersonService people;
    private final CaseService cases;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPeople(RunMode runMode, DemoSettings settings, PersonService people, CaseService cases, UserDirectory directory,
               PlatformTransactionManager transactionManager, Clock clock) {
        this.runMode = runMode;
        this.settings = settings;
        this.people = people;
        this.cases = cases;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!runMode.demo() || settings.people() <= 0) {
            return;
        }
        SignedInUser custody = directory.signedInUser(DemoUsernames.of(Role.CUSTODY_WORKER)).orElseThrow();
        if (cases.caseload(custody, 0, 1).getTotalElements() > 0) {
            return;
        }
        long started = System.nanoTime();
        Long westYorkshire = directory.policeForceAreas().stream().filter(a -> a.name().equals("West Yorkshire"))
                .findFirst().orElseThrow().id();
        var generator = new SyntheticPeople(settings.seed(), LocalDate.now(clock), westYorkshire);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(custody, null, custody.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            for (int from = 0; from < settings.people(); from += CHUNK) {
                int start = from;
                int end = Math.min(settings.people(), from + CHUNK);
                // A small chunk per transaction: fewer commits, and a persistence context small enough to flush cheaply.
                transaction.executeWithoutResult(status -> {
                    for (int i = start; i < end; i++) {
                        SyntheticPeople.SyntheticPerson person = generator.person(i);
                        people.create(person.details(), person.custodyNumber(), custody, true);
                    }
                });
                if (end % 10_000 == 0) {
                    log.info("Demo mode: {} people recorded", end);
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo mode: {} synthetic people recorded in {} ms", settings.people(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
