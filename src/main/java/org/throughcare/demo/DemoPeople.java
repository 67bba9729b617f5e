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
import org.throughcare.custody.AssessmentService;
import org.throughcare.custody.CustodyEventService;
import org.throughcare.custody.CustodySuite;
import org.throughcare.custody.Offence;
import org.throughcare.custody.ReferenceDataService;
import org.throughcare.custody.TestedSubstance;
import org.throughcare.database.RunMode;
import org.throughcare.person.CaseService;
import org.throughcare.person.PersonService;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * In demo mode, records synthetic people through {@link PersonService}, and three years of custody
 * history for each through the custody services, acting as the demo custody worker, so every record
 * passes the rules real input must. How many is a property
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
    private final CustodyEventService custodyEvents;
    private final AssessmentService assessments;
    private final ReferenceDataService referenceData;

    DemoPeople(
            RunMode runMode,
            DemoSettings settings,
            PersonService people,
            CaseService cases,
            UserDirectory directory,
            PlatformTransactionManager transactionManager,
            Clock clock,
            CustodyEventService custodyEvents,
            AssessmentService assessments,
            ReferenceDataService referenceData) {
        this.custodyEvents = custodyEvents;
        this.assessments = assessments;
        this.referenceData = referenceData;
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
        SignedInUser worker =
                directory.signedInUser(DemoUsernames.of(Role.CUSTODY_WORKER)).orElseThrow();
        if (cases.caseload(worker, 0, 1).getTotalElements() > 0) {
            return;
        }
        long started = System.nanoTime();
        Long westYorkshire = directory.policeForceAreas().stream()
                .filter(a -> a.name().equals("West Yorkshire"))
                .findFirst()
                .orElseThrow()
                .id();
        var generator = new SyntheticPeople(settings.seed(), LocalDate.now(clock), westYorkshire);
        var custody = custodyHistory(westYorkshire);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(worker, null, worker.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            for (int from = 0; from < settings.people(); from += CHUNK) {
                int start = from;
                int end = Math.min(settings.people(), from + CHUNK);
                // A small chunk per transaction: fewer commits, and a persistence context small enough to flush
                // cheaply.
                transaction.executeWithoutResult(status -> {
                    for (int i = start; i < end; i++) {
                        SyntheticPeople.SyntheticPerson person = generator.person(i);
                        Long id = people.create(person.details(), person.custodyNumber(), worker, true)
                                .getId();
                        if (settings.custodyHistory()) {
                            custody.record(id, person.details().dateOfBirth(), new Random(settings.seed() + i), worker);
                        }
                    }
                });
                if (end % 10_000 == 0) {
                    log.info("Demo mode: {} people recorded", end);
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info(
                "Demo mode: {} synthetic people recorded in {} ms",
                settings.people(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private SyntheticCustodyHistory custodyHistory(Long forceId) {
        List<CustodySuite> suites = referenceData.suites(0, 500).getContent().stream()
                .filter(s -> s.getForceId().equals(forceId))
                .toList();
        List<Offence> triggers = referenceData.offences(0, 500).getContent().stream()
                .filter(o -> o.isTrigger() && o.isActive())
                .toList();
        List<TestedSubstance> substances = referenceData.substances(0, 100).getContent().stream()
                .filter(TestedSubstance::isActive)
                .toList();
        return new SyntheticCustodyHistory(custodyEvents, assessments, suites, triggers, substances, clock);
    }
}
