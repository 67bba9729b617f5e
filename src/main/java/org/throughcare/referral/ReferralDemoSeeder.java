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
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Demo data: the demo treatment team works the community drug treatment provider's referrals and the demo L&D
 * team the L&D service's; then about half of the adults are referred from custody to community treatment, on
 * their consent or now and then on a lawful basis, and each referral is taken to a step of its lifecycle
 * (every status appears) through the referral service, as the worker whose side records it.
 */
@Component
class ReferralDemoSeeder implements DemoSeeder {

    private static final int CHUNK = 200;

    /** How far each demo referral goes, by weight: [status, weight]. */
    private static final List<Object[]> TARGETS = List.of(
            new Object[] {ReferralStatus.SENT, 18},
            new Object[] {ReferralStatus.ACKNOWLEDGED, 12},
            new Object[] {ReferralStatus.ASSESSED, 10},
            new Object[] {ReferralStatus.ENGAGED, 20},
            new Object[] {ReferralStatus.RETAINED, 10},
            new Object[] {ReferralStatus.COMPLETED, 6},
            new Object[] {ReferralStatus.DECLINED_BY_PERSON, 5},
            new Object[] {ReferralStatus.DID_NOT_ENGAGE, 7},
            new Object[] {ReferralStatus.REJECTED_BY_SERVICE, 4},
            new Object[] {ReferralStatus.WITHDRAWN, 4},
            new Object[] {ReferralStatus.TRANSFERRED, 4});

    private static final ConsentItem TREATMENT_SHARING =
            new ConsentItem(ConsentSubject.SHARING, Agency.TREATMENT_PROVIDER);

    private final ReferralService referrals;
    private final ConsentService consents;
    private final Providers providers;
    private final ProviderRepository providerRows;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReferralDemoSeeder(
            ReferralService referrals,
            ConsentService consents,
            Providers providers,
            ProviderRepository providerRows,
            UserDirectory directory,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.referrals = referrals;
        this.consents = consents;
        this.providers = providers;
        this.providerRows = providerRows;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed(DemoRun run) {
        if (run.people().isEmpty()) {
            return;
        }
        SignedInUser admin = user(Role.ADMIN);
        SignedInUser custody = user(Role.CUSTODY_WORKER);
        SignedInUser treatment = user(Role.TREATMENT_WORKER);
        SignedInUser liaison = user(Role.LIAISON_DIVERSION);
        Provider community = as(
                admin,
                () -> transaction.execute(status -> {
                    link(ServiceKind.LIAISON_AND_DIVERSION, liaison.teamId());
                    return link(ServiceKind.COMMUNITY_DRUG_TREATMENT, treatment.teamId());
                }));
        List<DemoRun.DemoPerson> people = run.people();
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<DemoRun.DemoPerson> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            transaction.executeWithoutResult(
                    status -> chunk.forEach(p -> refer(p, run, community, custody, treatment)));
        }
    }

    private Provider link(ServiceKind service, Long teamId) {
        Provider provider = providerRows.findByActiveTrueOrderByNameAsc().stream()
                .filter(p -> p.getService() == service)
                .findFirst()
                .orElseThrow();
        if (provider.getTeamId() == null) {
            providers.update(
                    provider.getId(),
                    new ProviderDetails(
                            provider.getName(),
                            provider.getService(),
                            provider.getPhone(),
                            provider.getEmail(),
                            provider.getAddress(),
                            teamId,
                            true,
                            provider.getVersion()));
        }
        return provider;
    }

    private void refer(
            DemoRun.DemoPerson person, DemoRun run, Provider community, SignedInUser custody, SignedInUser treatment) {
        Random random = run.random("referral", person.index());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, org.throughcare.common.UkTime.ZONE);
        if (random.nextInt(100) >= 50
                || Period.between(person.dateOfBirth(), today).getYears() < 19) {
            return;
        }
        ReferralStatus target = pick(random);
        // Sent a day or two after the person consented to sharing with a treatment provider; without consent,
        // now and then on a lawful basis. A referral that must have run 12 weeks needs consent early enough.
        Instant consented = as(custody, () -> consents.forPerson(person.id(), custody)).stream()
                .filter(c -> c.current() && c.item().equals(TREATMENT_SHARING))
                .map(Consent::getGivenAt)
                .findFirst()
                .orElse(null);
        boolean lawfulBasis = consented == null;
        if (lawfulBasis && random.nextInt(100) >= 25) {
            return;
        }
        Instant sent = lawfulBasis
                ? now.minus(Duration.ofDays(2 + random.nextInt(45))).minus(Duration.ofMinutes(random.nextInt(480)))
                : consented.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
        if (sent.isAfter(now.minus(Duration.ofDays(100))) && needsTwelveWeeks(target)) {
            target = ReferralStatus.ENGAGED;
        }
        Referral referral = as(
                custody,
                () -> referrals.send(
                        new NewReferral(
                                person.id(),
                                community.getId(),
                                ReferralStage.CUSTODY,
                                "Positive test on arrest; says they want help with crack and heroin use.",
                                random.nextInt(100) < 20 ? Urgency.URGENT : Urgency.ROUTINE,
                                sent,
                                lawfulBasis ? LawfulBasis.VITAL_INTERESTS : null,
                                lawfulBasis
                                        ? "Overdose risk on release from custody; could not be asked in time."
                                        : null),
                        custody));
        Instant at = sent;
        for (ReferralStep step : path(target)) {
            at = switch (step) {
                case RETAINED -> referral.getEngagedAt().plus(Duration.ofDays(84 + random.nextInt(4)));
                default -> at.plus(Duration.ofHours(20 + random.nextInt(24 * (step.closes() ? 10 : 5))));
            };
            if (at.isAfter(now)) {
                return;
            }
            Instant when = at;
            SignedInUser who = step.side() == ReferralStep.Side.REFERRER ? custody : treatment;
            as(
                    who,
                    () -> referrals.record(
                            referral.getId(),
                            step,
                            when,
                            step.closes() ? reason(step) : null,
                            referral.getVersion(),
                            who));
        }
    }

    private static boolean needsTwelveWeeks(ReferralStatus target) {
        return target == ReferralStatus.RETAINED || target == ReferralStatus.COMPLETED;
    }

    /** The steps that take a sent referral to the target status. */
    private static List<ReferralStep> path(ReferralStatus target) {
        return switch (target) {
            case SENT -> List.of();
            case ACKNOWLEDGED -> List.of(ReferralStep.ACKNOWLEDGED);
            case ASSESSED -> List.of(ReferralStep.ACKNOWLEDGED, ReferralStep.ASSESSED);
            case ENGAGED -> List.of(ReferralStep.ACKNOWLEDGED, ReferralStep.ASSESSED, ReferralStep.ENGAGED);
            case RETAINED ->
                List.of(ReferralStep.ACKNOWLEDGED, ReferralStep.ASSESSED, ReferralStep.ENGAGED, ReferralStep.RETAINED);
            case COMPLETED ->
                List.of(
                        ReferralStep.ACKNOWLEDGED,
                        ReferralStep.ASSESSED,
                        ReferralStep.ENGAGED,
                        ReferralStep.RETAINED,
                        ReferralStep.COMPLETED);
            case DECLINED_BY_PERSON -> List.of(ReferralStep.ACKNOWLEDGED, ReferralStep.DECLINED_BY_PERSON);
            case DID_NOT_ENGAGE ->
                List.of(ReferralStep.ACKNOWLEDGED, ReferralStep.ASSESSED, ReferralStep.DID_NOT_ENGAGE);
            case REJECTED_BY_SERVICE -> List.of(ReferralStep.REJECTED_BY_SERVICE);
            case WITHDRAWN -> List.of(ReferralStep.WITHDRAWN);
            case TRANSFERRED ->
                List.of(
                        ReferralStep.ACKNOWLEDGED,
                        ReferralStep.ASSESSED,
                        ReferralStep.ENGAGED,
                        ReferralStep.TRANSFERRED);
        };
    }

    private static String reason(ReferralStep step) {
        return switch (step) {
            case DECLINED_BY_PERSON -> "Said they will manage without treatment for now";
            case DID_NOT_ENGAGE -> "Missed three appointments; not reachable by phone";
            case REJECTED_BY_SERVICE -> "Lives outside the service's area; passed to the local service";
            case WITHDRAWN -> "Remanded in custody";
            default -> "Moved to a service nearer home";
        };
    }

    private static ReferralStatus pick(Random random) {
        int total = TARGETS.stream().mapToInt(t -> (Integer) t[1]).sum();
        int roll = random.nextInt(total);
        for (Object[] t : TARGETS) {
            roll -= (Integer) t[1];
            if (roll < 0) {
                return (ReferralStatus) t[0];
            }
        }
        return ReferralStatus.SENT;
    }

    private SignedInUser user(Role role) {
        return directory.signedInUser(DemoUsernames.of(role)).orElseThrow();
    }

    private static <T> T as(SignedInUser user, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
