package org.throughcare.order;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.Text;
import org.throughcare.person.CaseOpenedFor;
import org.throughcare.person.CaseService;
import org.throughcare.person.PersonAccess;
import org.throughcare.referral.ReferralDirectory;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.DayRules;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Making an order (with the court reviews its DRR calls for) and the court's decisions on it; the reviews'
 * reports and hearings are in {@link CourtReviews}. Every read checks the person's team scope;
 * every change is audited in its transaction; an ended order takes no more changes except a manager's.
 */
@Service
class OrderService {

    static final RecordKind ORDER = RecordKind.of("CourtOrder");

    private final CourtOrderRepository orders;
    private final OrderRequirementRepository requirements;
    private final CourtReviewRepository reviews;
    private final OrderDecisionRepository decisions;
    private final CourtRepository courts;
    private final OrderDirectory directory;
    private final ReferralDirectory referrals;
    private final UserDirectory users;
    private final CaseService cases;
    private final PersonAccess access;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final ApplicationEventPublisher events;
    private final OrderProperties properties;
    private final Clock clock;

    OrderService(
            CourtOrderRepository orders,
            OrderRequirementRepository requirements,
            CourtReviewRepository reviews,
            OrderDecisionRepository decisions,
            CourtRepository courts,
            OrderDirectory directory,
            ReferralDirectory referrals,
            UserDirectory users,
            CaseService cases,
            PersonAccess access,
            AuditService audit,
            EntitySnapshots snapshots,
            ApplicationEventPublisher events,
            OrderProperties properties,
            Clock clock) {
        this.orders = orders;
        this.requirements = requirements;
        this.reviews = reviews;
        this.decisions = decisions;
        this.courts = courts;
        this.directory = directory;
        this.referrals = referrals;
        this.users = users;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.snapshots = snapshots;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records an order made by the court, supervised by an officer of the user's team, with its requirements and
     * the court reviews its DRR calls for; opens a case for the team when it has none.
     */
    @Transactional
    CourtOrder make(Long personId, OrderDetails details, SignedInUser user) {
        access.checkCanView(user, personId);
        List<RuleViolationException> problems = new ArrayList<>(OrderRules.check(details, today()));
        if (details.courtId() != null
                && courts.findById(details.courtId()).filter(Court::isActive).isEmpty()) {
            problems.add(new RuleViolationException("courtId", "Select a court from the list"));
        }
        Long officerId = details.responsibleOfficerId() == null && user.role() == Role.PROBATION_OFFICER
                ? user.id()
                : details.responsibleOfficerId();
        if (officerId == null) {
            problems.add(new RuleViolationException("responsibleOfficerId", "Select the responsible officer"));
        } else if (users.activeUsersInTeam(user.teamId(), Role.PROBATION_OFFICER).stream()
                .noneMatch(o -> o.id().equals(officerId))) {
            problems.add(new RuleViolationException(
                    "responsibleOfficerId", "Select a probation officer in your team as the responsible officer"));
        }
        if (details.requirements() != null) {
            details.requirements().stream()
                    .filter(r -> r.providerId() != null && !referrals.isActiveProvider(r.providerId()))
                    .findFirst()
                    .ifPresent(r -> problems.add(
                            new RuleViolationException("drrProviderId", "Select a provider from the list")));
        }
        RuleViolations.throwIfAny(problems);

        CourtOrder order = orders.save(new CourtOrder(
                personId,
                user.teamId(),
                officerId,
                details.type(),
                details.courtId(),
                details.sentencedOn(),
                details.startsOn(),
                details.endsOn(),
                details.offenceIds()));
        for (RequirementDetails r : details.requirements()) {
            RequirementDetails kept = properties.reviewsMandatory(r.periodMonths())
                    ? new RequirementDetails(
                            r.kind(),
                            r.willingnessExpressedOn(),
                            r.providerId(),
                            r.treatmentPlace(),
                            r.residence(),
                            r.periodMonths(),
                            r.testsPerMonth(),
                            true,
                            r.details())
                    : r;
            requirements.save(new OrderRequirement(order.getId(), kept));
            if (kept.kind() == RequirementKind.DRR && kept.courtReviews()) {
                ReviewSchedule.dates(
                                order.getStartsOn(),
                                order.getEndsOn(),
                                kept.periodMonths(),
                                properties.reviewInterval())
                        .forEach(day -> reviews.save(new CourtReview(order.getId(), day)));
            }
        }
        cases.openForTeam(personId, user.teamId(), CaseOpenedFor.COURT_ORDER);
        audit.record(
                AuditAction.CREATE,
                ORDER,
                order.getId(),
                details.type().label() + " for person " + personId + " made on "
                        + Formats.ukDate(details.sentencedOn()) + ", with "
                        + String.join(
                                ", ",
                                details.requirements().stream()
                                        .map(r -> r.kind().shortLabel())
                                        .toList()),
                snapshots.of(order).asCreated());
        events.publishEvent(new OrderMade(order.getId(), personId, user.teamId()));
        return order;
    }

    /**
     * The court's decision on the order. A decision that ends it (completed, revoked) ends it; the others are kept
     * as history, and an amendment may move the end date.
     */
    @Transactional
    void recordDecision(
            Long orderId, OrderOutcome outcome, LocalDate on, LocalDate newEndsOn, String notes, SignedInUser user) {
        OrderSummary summary = directory.orderForChange(orderId, user);
        CourtOrder order = directory.find(orderId);
        List<RuleViolationException> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new RuleViolationException("outcome", "Select the court's decision"));
        }
        if (on == null) {
            problems.add(new RuleViolationException("decidedOn", "Enter the date of the decision"));
        } else {
            DayRules.check(problems, "decidedOn", on, order.getStartsOn(), "the order started", today());
        }
        if (newEndsOn != null) {
            if (outcome != OrderOutcome.AMENDED && outcome != OrderOutcome.MADE_MORE_ONEROUS) {
                problems.add(new RuleViolationException(
                        "newEndsOn", "Only an amendment changes the end date: leave the new end date empty"));
            } else if (!newEndsOn.isAfter(order.getStartsOn())) {
                problems.add(new RuleViolationException("newEndsOn", "The order must end after it starts"));
            } else if (order.getType() == OrderType.COMMUNITY_ORDER
                    && newEndsOn.isAfter(order.getStartsOn().plusYears(OrderRules.COMMUNITY_ORDER_MAX_YEARS))) {
                problems.add(new RuleViolationException(
                        "newEndsOn",
                        "A community order lasts at most 3 years: it must end by "
                                + Formats.ukDate(order.getStartsOn().plusYears(OrderRules.COMMUNITY_ORDER_MAX_YEARS))));
            }
        }
        if (notes != null && notes.length() > 2000) {
            problems.add(new RuleViolationException("notes", "Notes must be 2,000 characters or fewer"));
        }
        RuleViolations.throwIfAny(problems);
        if (outcome.endsOrder()) {
            boolean correction = summary.isEnded();
            order.end(outcome, on, user.username());
            audit.record(
                    AuditAction.UPDATE,
                    ORDER,
                    orderId,
                    (correction ? "Manager's correction: order ending changed to " : "Order ended: ")
                            + outcome.label().toLowerCase() + " on " + Formats.ukDate(on)
                            + (notes == null || notes.isBlank() ? "" : " (" + notes.trim() + ")"));
            events.publishEvent(new OrderEnded(orderId, order.getPersonId(), outcome, on));
        } else {
            decisions.save(new OrderDecision(orderId, outcome, on, newEndsOn, Text.blankToNull(notes)));
            if (newEndsOn != null) {
                order.amendEndDate(newEndsOn);
            }
            audit.record(
                    AuditAction.UPDATE,
                    ORDER,
                    orderId,
                    "Court decision on " + Formats.ukDate(on) + ": "
                            + outcome.label().toLowerCase()
                            + (newEndsOn == null ? "" : ", now ends " + Formats.ukDate(newEndsOn)));
        }
    }

    @Transactional(readOnly = true)
    List<OrderDecision> decisionsOn(Long orderId, SignedInUser user) {
        directory.order(orderId, user);
        return decisions.findByOrderIdOrderByDecidedOnAscIdAsc(orderId);
    }

    @Transactional(readOnly = true)
    List<OrderRequirement> requirementsOf(Long orderId, SignedInUser user) {
        directory.order(orderId, user);
        return requirements.findByOrderIdOrderByIdAsc(orderId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
