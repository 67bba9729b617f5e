package org.throughcare.order;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.custody.OffenceCatalogue;
import org.throughcare.demo.DemoRun;
import org.throughcare.demo.DemoSeeder;
import org.throughcare.person.CaseOpenedFor;
import org.throughcare.person.CaseService;
import org.throughcare.referral.ReferralDirectory;
import org.throughcare.referral.ServiceKind;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Demo data: about one adult in three is on an order supervised by the demo probation officer, of every kind
 * (community order or suspended sentence order; DRR, DRR with MHTR, ATR, drug testing with unpaid work), made
 * between fourteen months and two weeks ago. Past court reviews have their report and outcome; orders past their
 * end are completed, and a few were revoked early for good progress or amended. All through the order service.
 */
@Component
class OrderDemoSeeder implements DemoSeeder {

    private final OrderService orders;
    private final CourtReviews courtReviews;
    private final CourtRepository courts;
    private final CourtReviewRepository reviews;
    private final OffenceCatalogue offences;
    private final ReferralDirectory referrals;
    private final CaseService cases;
    private final UserDirectory users;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrderDemoSeeder(
            OrderService orders,
            CourtReviews courtReviews,
            CourtRepository courts,
            CourtReviewRepository reviews,
            OffenceCatalogue offences,
            ReferralDirectory referrals,
            CaseService cases,
            UserDirectory users,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.orders = orders;
        this.courtReviews = courtReviews;
        this.courts = courts;
        this.reviews = reviews;
        this.offences = offences;
        this.referrals = referrals;
        this.cases = cases;
        this.users = users;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed(DemoRun run) {
        if (run.people().isEmpty()) {
            return;
        }
        SignedInUser officer =
                users.signedInUser(DemoUsernames.of(Role.PROBATION_OFFICER)).orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> {
                List<Court> courtList = courts.findByActiveTrueOrderByNameAsc();
                List<OffenceCatalogue.OffenceSummary> offenceList = offences.activeOffences();
                Long provider = referrals.activeProviders().stream()
                        .filter(p -> p.service() == ServiceKind.COMMUNITY_DRUG_TREATMENT)
                        .findFirst()
                        .orElseThrow()
                        .id();
                LocalDate today = LocalDate.now(clock);
                for (DemoRun.DemoPerson person : run.people()) {
                    Random random = run.random("order", person.index());
                    if (person.dateOfBirth().plusYears(18).isAfter(today) || random.nextInt(3) != 0) {
                        continue;
                    }
                    seed(person, random, officer, courtList, offenceList, provider, today);
                }
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(
            DemoRun.DemoPerson person,
            Random random,
            SignedInUser officer,
            List<Court> courtList,
            List<OffenceCatalogue.OffenceSummary> offenceList,
            Long provider,
            LocalDate today) {
        LocalDate sentenced = today.minusDays(14 + random.nextInt(410));
        int months = 6 + random.nextInt(3) * 3;
        LocalDate ends = sentenced.plusMonths(Math.max(12, months));
        OrderType type = random.nextInt(4) == 0 ? OrderType.SUSPENDED_SENTENCE_ORDER : OrderType.COMMUNITY_ORDER;
        LocalDate willing = sentenced.minusDays(7 + random.nextInt(14));
        RequirementDetails drr = new RequirementDetails(
                RequirementKind.DRR,
                willing,
                provider,
                "Northgate Community Recovery Service, 1 Market Row, Leeds",
                random.nextInt(8) == 0 ? Residence.RESIDENT : Residence.NON_RESIDENT,
                months,
                2 + random.nextInt(3) * 2,
                true,
                null);
        List<RequirementDetails> requirements = switch (random.nextInt(6)) {
            case 0 ->
                List.of(
                        drr,
                        new RequirementDetails(
                                RequirementKind.MHTR,
                                willing,
                                null,
                                null,
                                null,
                                null,
                                null,
                                false,
                                "Community mental health team, 6 months"));
            case 1 ->
                List.of(new RequirementDetails(
                        RequirementKind.ATR,
                        willing,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        "Riverside Alcohol Service, 9 months"));
            case 2 ->
                List.of(
                        new RequirementDetails(
                                RequirementKind.DRUG_TESTING,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                false,
                                "Fortnightly oral fluid tests"),
                        new RequirementDetails(
                                RequirementKind.UNPAID_WORK, null, null, null, null, null, null, false, "120 hours"));
            default -> List.of(drr);
        };
        cases.openForTeam(person.id(), officer.teamId(), CaseOpenedFor.COURT_ORDER);
        CourtOrder order = orders.make(
                person.id(),
                new OrderDetails(
                        type,
                        courtList.get(random.nextInt(courtList.size())).getId(),
                        sentenced,
                        sentenced,
                        ends,
                        Set.of(offenceList
                                .get(random.nextInt(offenceList.size()))
                                .id()),
                        officer.id(),
                        requirements),
                officer);
        boolean revoked = !ends.isBefore(today)
                && random.nextInt(12) == 0
                && sentenced.plusMonths(6).isBefore(today);
        LocalDate heldUntil = revoked ? sentenced.plusMonths(6) : today;
        for (CourtReview review : reviews.findByOrderIdOrderByDueOnAscIdAsc(order.getId())) {
            if (!review.getDueOn().isBefore(heldUntil)) {
                break;
            }
            courtReviews.recordReportSent(
                    review.getId(),
                    review.getDueOn().minusDays(3),
                    random.nextInt(4) == 0
                            ? "Attendance has been patchy; two sessions missed this month."
                            : "Attending keywork weekly and engaging well with group sessions.",
                    officer);
            int pick = random.nextInt(10);
            ReviewOutcome outcome = pick < 6
                    ? ReviewOutcome.SATISFACTORY_PROGRESS
                    : pick < 8 ? ReviewOutcome.REVIEWED_ON_PAPERS : ReviewOutcome.CONCERNS;
            courtReviews.recordReviewHeld(
                    review.getId(),
                    review.getDueOn(),
                    outcome == ReviewOutcome.REVIEWED_ON_PAPERS
                            ? ReviewAttendance.NOT_REQUIRED
                            : ReviewAttendance.ATTENDED,
                    outcome,
                    null,
                    officer);
        }
        if (ends.isBefore(today)) {
            orders.recordDecision(order.getId(), OrderOutcome.COMPLETED, ends, null, null, officer);
        } else if (revoked) {
            orders.recordDecision(
                    order.getId(),
                    OrderOutcome.REVOKED_GOOD_PROGRESS,
                    sentenced.plusMonths(6),
                    null,
                    "Stable on a maintenance script, all tests negative for three months",
                    officer);
        } else if (random.nextInt(10) == 0 && sentenced.plusMonths(2).isBefore(today)) {
            orders.recordDecision(
                    order.getId(),
                    OrderOutcome.AMENDED,
                    sentenced.plusMonths(2),
                    null,
                    "Treatment place changed to the Bradford hub",
                    officer);
        }
    }
}
