package org.throughcare.order;

import java.time.LocalDate;
import java.util.List;

/**
 * An order as other modules see it: who it is for, who supervises it, its dates and requirements, and whether it
 * has ended. Read through {@link OrderDirectory}, which checks the user's team scope.
 */
public record OrderSummary(
        Long id,
        Long personId,
        Long teamId,
        Long responsibleOfficerId,
        String responsibleOfficerName,
        OrderType type,
        String courtName,
        LocalDate sentencedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate endedOn,
        OrderOutcome endedOutcome,
        List<RequirementKind> requirements,
        Long drrProviderId) {

    public boolean isEnded() {
        return endedOn != null;
    }

    public boolean has(RequirementKind kind) {
        return requirements.contains(kind);
    }

    public OrderStatus status(LocalDate today) {
        if (endedOn != null) {
            return OrderStatus.ENDED;
        }
        if (today.isBefore(startsOn)) {
            return OrderStatus.NOT_STARTED;
        }
        return today.isAfter(endsOn) ? OrderStatus.PAST_END_DATE : OrderStatus.ACTIVE;
    }

    /** "Community order: DRR, Unpaid work", the way officers name an order. */
    public String label() {
        if (requirements.isEmpty()) {
            return type.label();
        }
        return type.label() + ": "
                + String.join(
                        ", ",
                        requirements.stream().map(RequirementKind::shortLabel).toList());
    }
}
