package org.throughcare.custody;

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
import java.util.List;
import java.util.Random;

/**
 * Demo data: three years of custody history for each synthetic person recorded in this run, through the
 * custody services, as the demo custody worker at West Yorkshire's suites. Off with
 * {@code throughcare.demo.custody-history=false}.
 */
@Component
class CustodyDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(CustodyDemoSeeder.class);
    static final int CHUNK = 25;

    private final CustodyEventService events;
    private final AssessmentService assessments;
    private final ReferenceDataService referenceData;
    private final NotificationConditions conditions;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CustodyDemoSeeder(
            CustodyEventService events,
            AssessmentService assessments,
            ReferenceDataService referenceData,
            NotificationConditions conditions,
            UserDirectory directory,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.events = events;
        this.assessments = assessments;
        this.referenceData = referenceData;
        this.conditions = conditions;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(DemoRun run) {
        List<DemoRun.DemoPerson> people = run.people();
        if (!run.settings().custodyHistory() || people.isEmpty()) {
            return;
        }
        SignedInUser worker =
                directory.signedInUser(DemoUsernames.of(Role.CUSTODY_WORKER)).orElseThrow();
        long started = System.nanoTime();
        SyntheticCustodyHistory history = history(worker.areaId());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(worker, null, worker.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            for (int from = 0; from < people.size(); from += CHUNK) {
                List<DemoRun.DemoPerson> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
                transaction.executeWithoutResult(status -> chunk.forEach(person -> history.record(
                        person.id(),
                        person.dateOfBirth(),
                        new Random(run.settings().seed() + person.index()),
                        worker)));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info(
                "Demo mode: custody history for {} people recorded in {} ms",
                people.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private SyntheticCustodyHistory history(Long forceId) {
        List<CustodySuite> suites = referenceData.suites(0, 500).getContent().stream()
                .filter(s -> s.getForceId().equals(forceId))
                .toList();
        List<Offence> triggers = referenceData.offences(0, 500).getContent().stream()
                .filter(o -> o.isTrigger() && o.isActive())
                .toList();
        List<TestedSubstance> substances = referenceData.substances(0, 100).getContent().stream()
                .filter(TestedSubstance::isActive)
                .toList();
        List<TestingNotification> notifications = suites.stream()
                .flatMap(s -> conditions.forSuite(s.getId()).stream())
                .toList();
        return new SyntheticCustodyHistory(events, assessments, suites, notifications, triggers, substances, clock);
    }
}
