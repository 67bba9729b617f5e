package org.throughcare.order;

import org.springframework.stereotype.Component;
import org.throughcare.person.PersonRecord;
import org.throughcare.person.TimelineContribution;
import org.throughcare.person.TimelineEntry;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Orders on the pathway timeline: each order made, its court reviews held, the court's decisions and its end.
 * Four statements however many orders: the orders, then their reviews and decisions in one query each.
 */
@Component
class OrderTimeline implements TimelineContribution {

    private final OrderDirectory directory;
    private final CourtOrderRepository orders;
    private final CourtReviewRepository reviews;
    private final OrderDecisionRepository decisions;

    OrderTimeline(
            OrderDirectory directory,
            CourtOrderRepository orders,
            CourtReviewRepository reviews,
            OrderDecisionRepository decisions) {
        this.directory = directory;
        this.orders = orders;
        this.reviews = reviews;
        this.decisions = decisions;
    }

    @Override
    public List<TimelineEntry> entries(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        List<CourtOrder> found = orders.findByPersonIdOrderByStartsOnDescIdDesc(personId);
        if (found.isEmpty()) {
            return List.of();
        }
        List<OrderSummary> summaries = directory.summariesOf(personId, found);
        Map<Long, List<CourtReview>> reviewsByOrder =
                reviews.findOfPerson(personId).stream().collect(Collectors.groupingBy(CourtReview::getOrderId));
        Map<Long, List<OrderDecision>> decisionsByOrder =
                decisions.findOfPerson(personId).stream().collect(Collectors.groupingBy(OrderDecision::getOrderId));
        List<TimelineEntry> entries = new ArrayList<>();
        for (OrderSummary o : summaries) {
            String href = "/orders/" + o.id();
            String thread = "order-" + o.id();
            entries.add(TimelineEntry.onDay(
                            o.sentencedOn(),
                            "Sentenced: " + o.type().label().toLowerCase(Locale.UK)
                                    + (o.requirements().isEmpty()
                                            ? ""
                                            : " with "
                                                    + String.join(
                                                            ", ",
                                                            o.requirements().stream()
                                                                    .map(RequirementKind::shortLabel)
                                                                    .toList())),
                            o.courtName() + "; runs " + Formats.ukDate(o.startsOn()) + " to "
                                    + Formats.ukDate(o.endsOn()),
                            href)
                    .in(thread));
            for (CourtReview r : reviewsByOrder.getOrDefault(o.id(), List.of())) {
                if (r.getHeldOn() != null) {
                    entries.add(TimelineEntry.onDay(
                                    r.getHeldOn(),
                                    "Court review: " + r.getOutcome().label().toLowerCase(Locale.UK),
                                    r.getAttendance().label(),
                                    "/reviews/" + r.getId())
                            .in(thread));
                }
            }
            for (OrderDecision d : decisionsByOrder.getOrDefault(o.id(), List.of())) {
                entries.add(TimelineEntry.onDay(
                                d.getDecidedOn(),
                                "Court decision on the order: "
                                        + d.getDecision().label().toLowerCase(Locale.UK),
                                d.getNotes(),
                                href)
                        .in(thread));
            }
            if (o.isEnded()) {
                entries.add(TimelineEntry.onDay(
                                o.endedOn(),
                                "Order ended: " + o.endedOutcome().label().toLowerCase(Locale.UK),
                                null,
                                href)
                        .in(thread));
            }
        }
        return entries;
    }
}
