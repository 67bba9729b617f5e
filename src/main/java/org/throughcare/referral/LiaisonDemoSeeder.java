package org.throughcare.referral;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.demo.DemoRun;
import org.throughcare.demo.DemoSeeder;
import org.throughcare.person.CaseAccessReason;
import org.throughcare.person.CaseService;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Demo data: the demo L&D team opens a case for about one person in eight seen in custody and screens them; most
 * are assessed, and most of those end with an outcome, an onward referral to mental health where the person's
 * consent allows it. Recorded through the services, as the demo L&D practitioner.
 */
@Component
class LiaisonDemoSeeder implements DemoSeeder {

    private final LiaisonService liaison;
    private final ReferralService referrals;
    private final ConsentService consents;
    private final ProviderRepository providers;
    private final CaseService cases;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LiaisonDemoSeeder(
            LiaisonService liaison,
            ReferralService referrals,
            ConsentService consents,
            ProviderRepository providers,
            CaseService cases,
            UserDirectory directory,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.liaison = liaison;
        this.referrals = referrals;
        this.consents = consents;
        this.providers = providers;
        this.cases = cases;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void seed(DemoRun run) {
        if (run.people().isEmpty()) {
            return;
        }
        SignedInUser worker =
                directory.signedInUser(DemoUsernames.of(Role.LIAISON_DIVERSION)).orElseThrow();
        Provider mentalHealth = providers.findByActiveTrueOrderByNameAsc().stream()
                .filter(p -> p.getService() == ServiceKind.MENTAL_HEALTH)
                .findFirst()
                .orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(worker, null, worker.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> run.people().forEach(p -> seed(p, run, worker, mentalHealth)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(DemoRun.DemoPerson person, DemoRun run, SignedInUser worker, Provider mentalHealth) {
        Random random = run.random("liaison", person.index());
        if (random.nextInt(8) != 0) {
            return;
        }
        cases.openForMyTeam(person.id(), worker, CaseAccessReason.NEW_CUSTODY_CONTACT, null);
        Instant now = clock.instant();
        Instant screened =
                now.minus(Duration.ofDays(1 + random.nextInt(60))).minus(Duration.ofMinutes(random.nextInt(600)));
        Set<ScreeningNeed> needs = EnumSet.of(ScreeningNeed.SUBSTANCE_USE);
        if (random.nextBoolean()) {
            needs.add(ScreeningNeed.MENTAL_HEALTH);
        }
        if (random.nextInt(3) == 0) {
            needs.add(ScreeningNeed.HOUSING);
        }
        LiaisonScreening screening = liaison.screen(
                person.id(),
                random.nextInt(4) == 0 ? ScreeningSource.COURT : ScreeningSource.POLICE_CUSTODY,
                screened,
                needs,
                List.of(Risk.values()).get(random.nextInt(3)),
                random.nextInt(5) == 0 ? Urgency.URGENT : Urgency.ROUTINE,
                "Seen in the cell area; talked openly about use and low mood.",
                worker);
        if (random.nextInt(5) == 0) {
            return;
        }
        Instant assessed = screened.plus(Duration.ofHours(1 + random.nextInt(48)));
        if (assessed.isAfter(now)) {
            return;
        }
        liaison.recordAssessment(screening.getId(), assessed, worker);
        if (random.nextInt(4) == 0) {
            return;
        }
        Instant concluded = assessed.plus(Duration.ofHours(1 + random.nextInt(24)));
        if (concluded.isAfter(now)) {
            return;
        }
        if (needs.contains(ScreeningNeed.MENTAL_HEALTH)
                && consents.coveredSharingWith(person.id(), Agency.TREATMENT_PROVIDER, assessed, worker)) {
            referrals.send(
                    new NewReferral(
                            person.id(),
                            mentalHealth.getId(),
                            ReferralStage.LIAISON_AND_DIVERSION,
                            "Low mood and poor sleep since a bereavement; asks to see someone.",
                            Urgency.ROUTINE,
                            assessed,
                            null,
                            null,
                            screening.getId()),
                    worker);
            liaison.recordOutcome(screening.getId(), ScreeningOutcome.REFERRED, concluded, worker);
        } else {
            liaison.recordOutcome(
                    screening.getId(),
                    random.nextBoolean() ? ScreeningOutcome.ALREADY_SUPPORTED : ScreeningOutcome.NO_FURTHER_ACTION,
                    concluded,
                    worker);
        }
    }
}
