package org.throughcare.treatment;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.common.UkTime;
import org.throughcare.demo.DemoRun;
import org.throughcare.demo.DemoSeeder;
import org.throughcare.referral.ReferralDirectory;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Demo data: the demo treatment team starts an episode for each referral on which the person engaged, with
 * triage, a care plan and a few interventions, ending it the way the referral ended; about one in five of those
 * people also has a release from prison, some seen in community treatment within three weeks, some not yet.
 * All through the treatment service, as the demo treatment worker.
 */
@Component
class TreatmentDemoSeeder implements DemoSeeder {

    private static final List<String> PRISONS = List.of("HMP Leeds", "HMP Wakefield", "HMP New Hall", "HMP Hull");
    private static final List<InterventionKind> FIRST =
            List.of(InterventionKind.STABILISATION, InterventionKind.MAINTENANCE, InterventionKind.MOTIVATIONAL);
    private static final List<InterventionKind> LATER = List.of(
            InterventionKind.CBT,
            InterventionKind.CONTINGENCY_MANAGEMENT,
            InterventionKind.PEER_SUPPORT,
            InterventionKind.MUTUAL_AID,
            InterventionKind.HOUSING_SUPPORT,
            InterventionKind.EMPLOYMENT_SUPPORT);
    private static final List<String> KEY_WORKERS = List.of("Sam Okoro", "Priya Shah", "Jo Whitaker", "Alex Byrne");

    private final TreatmentService treatment;
    private final PrisonReleases releases;
    private final ReintegrationService reintegration;
    private final ReferralDirectory referrals;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TreatmentDemoSeeder(
            TreatmentService treatment,
            PrisonReleases releases,
            ReintegrationService reintegration,
            ReferralDirectory referrals,
            UserDirectory directory,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.treatment = treatment;
        this.releases = releases;
        this.reintegration = reintegration;
        this.referrals = referrals;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed(DemoRun run) {
        if (run.people().isEmpty()) {
            return;
        }
        SignedInUser worker =
                directory.signedInUser(DemoUsernames.of(Role.TREATMENT_WORKER)).orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(worker, null, worker.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> {
                for (ReferralDirectory.ReferralSummary referral : referrals.engagedReferralsToMyTeam(worker)) {
                    seed(referral, run.random("treatment", referral.id()), worker);
                }
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(ReferralDirectory.ReferralSummary referral, Random random, SignedInUser worker) {
        LocalDate today = LocalDate.now(clock);
        LocalDate started = LocalDate.ofInstant(referral.engagedAt(), UkTime.ZONE);
        LocalDate triaged = notAfter(started.plusDays(random.nextInt(4)), today);
        LocalDate carePlan = started.plusDays(3 + random.nextInt(8));
        TreatmentEpisode episode = treatment.start(
                referral.personId(),
                referral.providerId(),
                referral.id(),
                new EpisodeDetails(
                        random.nextInt(10) == 0 ? TreatmentSetting.RESIDENTIAL_REHAB : TreatmentSetting.COMMUNITY,
                        KEY_WORKERS.get(random.nextInt(KEY_WORKERS.size())),
                        started,
                        triaged,
                        carePlan.isAfter(today) ? null : carePlan,
                        0),
                worker);
        treatment.addIntervention(episode.getId(), FIRST.get(random.nextInt(FIRST.size())), triaged, null, worker);
        LocalDate later = started.plusDays(14 + random.nextInt(30));
        if (!later.isAfter(today)) {
            treatment.addIntervention(episode.getId(), LATER.get(random.nextInt(LATER.size())), later, null, worker);
        }
        // The episode ends the way its referral did; one still open stays open.
        ExitReason reason = switch (referral.status()) {
            case COMPLETED -> ExitReason.COMPLETED_FREE_OF_DEPENDENCY;
            case DID_NOT_ENGAGE -> ExitReason.DROPPED_OUT;
            case TRANSFERRED -> ExitReason.TRANSFERRED_NOT_IN_CUSTODY;
            default -> null;
        };
        if (reason != null) {
            // Not before anything already recorded in the episode: the exit rules would refuse it.
            LocalDate ended = java.util.stream.Stream.of(
                            LocalDate.ofInstant(referral.endedAt(), UkTime.ZONE),
                            triaged,
                            carePlan.isAfter(today) ? null : carePlan,
                            later.isAfter(today) ? null : later)
                    .filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.naturalOrder())
                    .orElseThrow();
            if (!ended.isAfter(today)) {
                treatment.exit(episode.getId(), ended, reason, episode.getVersion(), worker);
            }
        }
        if (random.nextInt(3) == 0) {
            LocalDate identified = notAfter(started.plusDays(7 + random.nextInt(20)), today);
            ReintegrationNeed need = reintegration.record(
                    referral.personId(),
                    ReintegrationArea.HOUSING,
                    "Sofa-surfing since leaving a hostel; no settled address",
                    "Apply to the council's housing options team together; key worker to chase weekly",
                    null,
                    identified,
                    worker);
            LocalDate reached = identified.plusDays(20 + random.nextInt(40));
            if (random.nextBoolean() && !reached.isAfter(today)) {
                reintegration.recordOutcome(
                        need.getId(), random.nextBoolean() ? NeedOutcome.MET : NeedOutcome.PARTLY_MET, reached, worker);
            }
        }
        if (random.nextInt(5) == 0) {
            LocalDate released = today.minusDays(3 + random.nextInt(40));
            PrisonRelease release = releases.recordRelease(
                    referral.personId(),
                    released,
                    PRISONS.get(random.nextInt(PRISONS.size())),
                    random.nextInt(10) < 7,
                    random.nextInt(10) < 6,
                    worker);
            LocalDate seen = released.plusDays(2 + random.nextInt(30));
            if (random.nextBoolean() && !seen.isAfter(today)) {
                releases.recordFirstAppointment(release.getId(), seen, worker);
            }
        }
    }

    private static LocalDate notAfter(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? today : date;
    }
}
