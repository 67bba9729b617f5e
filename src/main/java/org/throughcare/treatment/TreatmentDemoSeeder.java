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
 * people also has a release from prison, some seen in community treatment within three weeks, some not yet. Each
 * episode has a start review, one about every 6 months and an exit review when it ended, most improving.
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
    private final OutcomeReviews outcomeReviews;
    private final ReferralDirectory referrals;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TreatmentDemoSeeder(
            TreatmentService treatment,
            PrisonReleases releases,
            ReintegrationService reintegration,
            OutcomeReviews outcomeReviews,
            ReferralDirectory referrals,
            UserDirectory directory,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.treatment = treatment;
        this.releases = releases;
        this.reintegration = reintegration;
        this.outcomeReviews = outcomeReviews;
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
                    seed(
                            referral,
                            run.random("treatment", referral.id()),
                            run.random("outcomes", referral.id()),
                            worker);
                }
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * One engaged referral's episode. Its outcome reviews draw on their own {@code outcomes} sequence, so adding
     * them left the rest of the demo data as it was.
     */
    private void seed(ReferralDirectory.ReferralSummary referral, Random random, Random outcomes, SignedInUser worker) {
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
        LocalDate ended = null;
        if (reason != null) {
            // Not before anything already recorded in the episode: the exit rules would refuse it.
            ended = java.util.stream.Stream.of(
                            LocalDate.ofInstant(referral.endedAt(), UkTime.ZONE),
                            triaged,
                            carePlan.isAfter(today) ? null : carePlan,
                            later.isAfter(today) ? null : later)
                    .filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.naturalOrder())
                    .orElseThrow();
            if (ended.isAfter(today)) {
                ended = null;
            }
        }
        reviewAndEnd(episode, started, ended, reason, outcomes, worker);
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

    /**
     * The episode's outcome reviews, and its exit when {@code ended} is not null: a start review on the day it
     * started, one every 6 months while in treatment, and an exit review on the day it ended. Most people improve,
     * those who complete always; some get worse, more of those who leave early.
     */
    void reviewAndEnd(
            TreatmentEpisode episode,
            LocalDate started,
            LocalDate ended,
            ExitReason reason,
            Random outcomes,
            SignedInUser worker) {
        boolean improving =
                reason == ExitReason.COMPLETED_FREE_OF_DEPENDENCY || outcomes.nextInt(10) < (reason == null ? 7 : 3);
        DemoOutcomes answers = DemoOutcomes.baseline(outcomes, improving);
        LocalDate lastDay = ended != null ? ended : LocalDate.now(clock);
        String reviewer = episode.getKeyWorker();
        outcomeReviews.record(
                episode.getId(),
                new OutcomeReviewDetails(OutcomeReviewKind.START, started, reviewer, answers.at(0, outcomes)),
                worker);
        int step = 1;
        for (LocalDate review = started.plusMonths(6); review.isBefore(lastDay); review = review.plusMonths(6)) {
            outcomeReviews.record(
                    episode.getId(),
                    new OutcomeReviewDetails(OutcomeReviewKind.REVIEW, review, reviewer, answers.at(step++, outcomes)),
                    worker);
        }
        if (ended != null) {
            treatment.exit(episode.getId(), ended, reason, episode.getVersion(), worker);
            outcomeReviews.record(
                    episode.getId(),
                    new OutcomeReviewDetails(OutcomeReviewKind.EXIT, ended, reviewer, answers.at(step, outcomes)),
                    worker);
        }
    }

    private static LocalDate notAfter(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? today : date;
    }

    /** A person's answers at the start of treatment and how they move at each later review (synthetic). */
    private record DemoOutcomes(int[] days, int[] scores, boolean improving, boolean housing, boolean eviction) {

        /** Alcohol, opiates, crack, cocaine, amphetamines, cannabis, other, tobacco, injecting, then offending. */
        static DemoOutcomes baseline(Random random, boolean improving) {
            int[] days = {
                random.nextInt(15),
                12 + random.nextInt(17),
                random.nextInt(12),
                random.nextInt(6),
                random.nextInt(10) == 0 ? random.nextInt(8) : 0,
                random.nextInt(20),
                random.nextInt(3),
                20 + random.nextInt(9),
                random.nextInt(3) == 0 ? 0 : random.nextInt(20),
                random.nextInt(12),
                random.nextInt(6),
                random.nextInt(10) == 0 ? 1 : 0,
                random.nextInt(8),
                random.nextInt(3)
            };
            int[] scores = {4 + random.nextInt(8), 5 + random.nextInt(8), 3 + random.nextInt(8)};
            return new DemoOutcomes(days, scores, improving, random.nextInt(5) < 2, random.nextInt(5) == 0);
        }

        /** The answers at review {@code step} (0 at the start): fewer days and better scores when improving. */
        OutcomeItems at(int step, Random random) {
            double factor = improving ? Math.max(0, 1 - 0.35 * step) : 1 + 0.15 * step;
            int[] d = new int[days.length];
            for (int i = 0; i < days.length; i++) {
                // Tobacco changes little either way.
                double f = i == 7 ? Math.max(0.7, Math.min(1, factor)) : factor;
                d[i] = Math.max(
                        0, Math.min(28, (int) Math.round(days[i] * f) + (step > 0 ? random.nextInt(3) - 1 : 0)));
            }
            int move = improving ? 3 * step : -2 * step;
            int[] s = new int[scores.length];
            for (int i = 0; i < scores.length; i++) {
                s[i] = Math.max(0, Math.min(20, scores[i] + move + (step > 0 ? random.nextInt(3) - 1 : 0)));
            }
            boolean working = improving && step >= 2 && random.nextBoolean();
            return new OutcomeItems(
                    d[0],
                    d[1],
                    d[2],
                    d[3],
                    d[4],
                    d[5],
                    d[6],
                    d[7],
                    d[8],
                    d[8] > 0 && !improving && random.nextInt(4) == 0,
                    d[9],
                    d[10],
                    d[11],
                    d[12],
                    d[13],
                    s[0],
                    s[1],
                    s[2],
                    working ? 8 + random.nextInt(12) : 0,
                    improving && step >= 1 && random.nextInt(4) == 0 ? 4 + random.nextInt(8) : 0,
                    housing && !(improving && step >= 1),
                    eviction && !improving);
        }
    }
}
