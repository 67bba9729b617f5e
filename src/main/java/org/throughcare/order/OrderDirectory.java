package org.throughcare.order;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.common.Allowed;
import org.throughcare.common.NamesById;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.database.ReadOnlyRows;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.Formats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Orders and their reviews as other modules read them (the compliance module's appointments, tests, enforcement
 * and progress reports). Every read checks the person's team scope; {@link #orderForChange} is the one rule for
 * whether anything may still be recorded against an order.
 */
@Service
public class OrderDirectory {

    private final CourtOrderRepository orders;
    private final OrderRequirementRepository requirements;
    private final CourtReviewRepository reviews;
    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final PersonAccess access;
    private final ReadOnlyRows readOnly;

    OrderDirectory(
            CourtOrderRepository orders,
            OrderRequirementRepository requirements,
            CourtReviewRepository reviews,
            JdbcClient jdbc,
            UserDirectory users,
            PersonAccess access,
            ReadOnlyRows readOnly) {
        this.orders = orders;
        this.requirements = requirements;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.users = users;
        this.access = access;
        this.readOnly = readOnly;
    }

    /** The order, if the user may see the person it is for. */
    @Transactional(readOnly = true)
    public OrderSummary order(Long orderId, SignedInUser user) {
        CourtOrder order = find(orderId);
        access.checkCanView(user, order.getPersonId());
        return summaries(List.of(order), requirementsOf(orderId)).get(0);
    }

    /** The order's requirements, read once by an order's page for its heading and its requirements section. */
    List<OrderRequirement> requirementsOf(Long orderId) {
        return readOnly.once("order requirements", orderId, () -> requirements.findByOrderIdOrderByIdAsc(orderId));
    }

    /** The person's orders, newest first. */
    @Transactional(readOnly = true)
    public List<OrderSummary> ordersOf(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return summariesOf(personId, orders.findByPersonIdOrderByStartsOnDescIdDesc(personId));
    }

    /**
     * The order, if something may still be recorded against it: an ended order is read-only, except for a
     * manager's correction.
     */
    @Transactional(readOnly = true)
    public OrderSummary orderForChange(Long orderId, SignedInUser user) {
        OrderSummary order = order(orderId, user);
        Allowed allowed = allowsChange(order, user);
        if (!allowed.isAllowed()) {
            throw new RuleViolationException(null, allowed.refusal());
        }
        return order;
    }

    /** Whether the user may record against the order; pages ask this to hide links the service would refuse. */
    public Allowed allowsChange(OrderSummary order, SignedInUser user) {
        if (order.isEnded() && user.role() != Role.MANAGER) {
            return Allowed.no("This order ended on " + Formats.ukDate(order.endedOn()) + " ("
                    + order.endedOutcome().label().toLowerCase() + "). Only a manager can correct an ended order.");
        }
        return Allowed.yes();
    }

    /** The order's court reviews, earliest first. */
    @Transactional(readOnly = true)
    public List<ReviewSummary> reviews(Long orderId, SignedInUser user) {
        order(orderId, user);
        return reviews.findByOrderIdOrderByDueOnAscIdAsc(orderId).stream()
                .map(CourtReview::summary)
                .toList();
    }

    /** Summaries of some of the person's orders, with their requirements read by the person. */
    List<OrderSummary> summariesOf(Long personId, List<CourtOrder> found) {
        return found.isEmpty() ? List.of() : summaries(found, requirements.findOfPerson(personId));
    }

    /**
     * Orders with their requirements, court and officer names. Requirements are read by the caller (by order or by
     * person): a query bound to a list of ids is translated again by Hibernate on every call.
     */
    private List<OrderSummary> summaries(List<CourtOrder> found, List<OrderRequirement> theirRequirements) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OrderRequirement>> byOrder =
                theirRequirements.stream().collect(Collectors.groupingBy(OrderRequirement::getOrderId));
        Map<Long, String> courtNames =
                courtNames(found.stream().map(CourtOrder::getCourtId).collect(Collectors.toSet()));
        Map<Long, UserDirectory.UserSummary> officers = users.users(
                found.stream().map(CourtOrder::getResponsibleOfficerId).collect(Collectors.toSet()));
        return found.stream()
                .map(order -> {
                    List<OrderRequirement> own = byOrder.getOrDefault(order.getId(), List.of());
                    UserDirectory.UserSummary officer = officers.get(order.getResponsibleOfficerId());
                    return new OrderSummary(
                            order.getId(),
                            order.getPersonId(),
                            order.getTeamId(),
                            order.getResponsibleOfficerId(),
                            officer == null ? "" : officer.displayName(),
                            order.getType(),
                            courtNames.getOrDefault(order.getCourtId(), ""),
                            order.getSentencedOn(),
                            order.getStartsOn(),
                            order.getEndsOn(),
                            order.getEndedOn(),
                            order.getEndedOutcome(),
                            own.stream().map(OrderRequirement::getKind).sorted().toList(),
                            own.stream()
                                    .filter(r -> r.getKind() == RequirementKind.DRR)
                                    .map(OrderRequirement::getProviderId)
                                    .findFirst()
                                    .orElse(null));
                })
                .toList();
    }

    CourtOrder find(Long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new RecordNotFoundException(OrderService.ORDER, orderId));
    }

    private Map<Long, String> courtNames(Collection<Long> ids) {
        return NamesById.of(jdbc, "court", ids);
    }
}
