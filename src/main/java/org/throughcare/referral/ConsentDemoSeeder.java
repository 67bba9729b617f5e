package org.throughcare.referral;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo data: consent for most synthetic people, recorded through the consent service as the demo custody
 * worker in the last eight months: assessment and treatment, and sharing with a few kinds of agency; now and then
 * one withdrawn since. About one person in five has none, so the "no current consent" state shows too.
 */
@Component
class ConsentDemoSeeder implements DemoSeeder {

    private static final List<Agency> OFTEN = List.of(Agency.TREATMENT_PROVIDER, Agency.PROBATION, Agency.GP);

    private final ConsentService consents;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConsentDemoSeeder(
            ConsentService consents,
            UserDirectory directory,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.consents = consents;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(DemoRun run) {
        if (run.people().isEmpty()) {
            return;
        }
        SignedInUser worker =
                directory.signedInUser(DemoUsernames.of(Role.CUSTODY_WORKER)).orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(worker, null, worker.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> run.people().forEach(person -> seed(person, run, worker)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(DemoRun.DemoPerson person, DemoRun run, SignedInUser worker) {
        Random random = new Random(run.settings().seed() * 17 + person.index());
        if (random.nextInt(100) < 20) {
            return;
        }
        Instant now = clock.instant();
        Instant given =
                now.minus(Duration.ofDays(7 + random.nextInt(240))).minus(Duration.ofMinutes(random.nextInt(600)));
        List<ConsentItem> items = new ArrayList<>();
        items.add(new ConsentItem(ConsentSubject.ASSESSMENT_AND_TREATMENT, null));
        for (Agency agency : OFTEN) {
            if (random.nextInt(100) < 70) {
                items.add(new ConsentItem(ConsentSubject.SHARING, agency));
            }
        }
        if (random.nextInt(100) < 40) {
            items.add(new ConsentItem(ConsentSubject.SHARING, Agency.POLICE));
        }
        List<Consent> saved = consents.record(
                person.id(), items, random.nextBoolean() ? ConsentMethod.WRITTEN : ConsentMethod.VERBAL, given, worker);
        if (saved.size() > 1 && random.nextInt(100) < 15) {
            Consent last = saved.get(saved.size() - 1);
            consents.withdraw(
                    last.getId(),
                    given.plus(Duration.ofDays(1 + random.nextInt(5))),
                    "Changed their mind at a review appointment",
                    worker);
        }
    }
}
