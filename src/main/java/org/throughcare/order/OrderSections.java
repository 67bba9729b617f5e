package org.throughcare.order;

import org.springframework.stereotype.Component;
import org.throughcare.custody.OffenceCatalogue;
import org.throughcare.referral.ReferralDirectory;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The order module's own sections of an order's page, through the same mechanism as other modules' sections. */
final class OrderSections {

    private OrderSections() {}

    public record Details(List<SummaryRow> rows) {}

    @Component
    static class OrderDetailsSection implements OrderPageSection<Details> {

        private final CourtOrderRepository orders;
        private final OffenceCatalogue offences;

        OrderDetailsSection(CourtOrderRepository orders, OffenceCatalogue offences) {
            this.orders = orders;
            this.offences = offences;
        }

        @Override
        public int position() {
            return 10;
        }

        @Override
        public String id() {
            return "order";
        }

        @Override
        public String title() {
            return "Order";
        }

        @Override
        public String fragment() {
            return "order/sections :: details";
        }

        @Override
        public Details model(OrderSummary order, boolean canChange, SignedInUser user) {
            CourtOrder entity = orders.findById(order.id()).orElseThrow();
            List<String> offenceNames = offences.names(entity.getOffenceIds()).values().stream()
                    .sorted()
                    .toList();
            List<SummaryRow> rows = new ArrayList<>(List.of(
                    SummaryRow.of("Type", order.type().label()),
                    SummaryRow.of("Court", order.courtName()),
                    SummaryRow.of("Date of sentence", Formats.ukDate(order.sentencedOn())),
                    SummaryRow.of("Starts", Formats.ukDate(order.startsOn())),
                    SummaryRow.of("Ends", Formats.ukDate(order.endsOn())),
                    SummaryRow.of("Offences", String.join("; ", offenceNames)),
                    SummaryRow.of("Responsible officer", order.responsibleOfficerName())));
            if (order.isEnded()) {
                rows.add(SummaryRow.of(
                        "Ended",
                        order.endedOutcome().label() + " on " + Formats.ukDate(order.endedOn()) + " (recorded by "
                                + entity.getEndedBy() + ")"));
            }
            return new Details(rows);
        }
    }

    public record RequirementCard(String title, List<SummaryRow> rows) {}

    public record Requirements(List<RequirementCard> cards) {}

    @Component
    static class RequirementsSection implements OrderPageSection<Requirements> {

        private final OrderDirectory directory;
        private final ReferralDirectory referrals;

        RequirementsSection(OrderDirectory directory, ReferralDirectory referrals) {
            this.directory = directory;
            this.referrals = referrals;
        }

        @Override
        public int position() {
            return 20;
        }

        @Override
        public String id() {
            return "requirements";
        }

        @Override
        public String title() {
            return "Requirements";
        }

        @Override
        public String fragment() {
            return "order/sections :: requirements";
        }

        @Override
        public Requirements model(OrderSummary order, boolean canChange, SignedInUser user) {
            List<OrderRequirement> own = directory.requirementsOf(order.id());
            Map<Long, String> providers = referrals.providerNames(own.stream()
                    .map(OrderRequirement::getProviderId)
                    .filter(Objects::nonNull)
                    .toList());
            return new Requirements(own.stream()
                    .sorted((a, b) -> a.getKind().compareTo(b.getKind()))
                    .map(r -> new RequirementCard(r.getKind().label(), rows(r, providers)))
                    .toList());
        }

        private static List<SummaryRow> rows(OrderRequirement r, Map<Long, String> providers) {
            List<SummaryRow> rows = new ArrayList<>();
            if (r.getWillingnessExpressedOn() != null) {
                rows.add(SummaryRow.of(
                        "Willingness to comply expressed", Formats.ukDate(r.getWillingnessExpressedOn())));
            }
            if (r.getKind() == RequirementKind.DRR) {
                rows.add(SummaryRow.of("Treatment provider", providers.getOrDefault(r.getProviderId(), "")));
                rows.add(SummaryRow.of("Place of treatment", r.getTreatmentPlace()));
                rows.add(SummaryRow.of("Residence", r.getResidence().label()));
                rows.add(SummaryRow.of("Treatment and testing period", r.getPeriodMonths() + " months"));
                rows.add(SummaryRow.of("Drug tests", r.getTestsPerMonth() + " a month"));
                rows.add(SummaryRow.of("Court reviews", r.isCourtReviews() ? "Yes" : "No"));
            }
            if (r.getDetails() != null) {
                rows.add(SummaryRow.of("Details", r.getDetails()));
            }
            if (rows.isEmpty()) {
                rows.add(SummaryRow.of("Details", "None recorded"));
            }
            return rows;
        }
    }

    public record Reviews(Long orderId, List<Cell> head, List<List<Cell>> rows, boolean canChange) {}

    @Component
    static class ReviewsSection implements OrderPageSection<Reviews> {

        private final CourtReviewRepository reviews;
        private final Clock clock;

        ReviewsSection(CourtReviewRepository reviews, Clock clock) {
            this.reviews = reviews;
            this.clock = clock;
        }

        @Override
        public int position() {
            return 30;
        }

        @Override
        public String id() {
            return "reviews";
        }

        @Override
        public String title() {
            return "Court reviews";
        }

        @Override
        public String fragment() {
            return "order/sections :: reviews";
        }

        @Override
        public Reviews model(OrderSummary order, boolean canChange, SignedInUser user) {
            LocalDate today = LocalDate.now(clock);
            List<List<Cell>> rows = reviews.findByOrderIdOrderByDueOnAscIdAsc(order.id()).stream()
                    .map(r -> List.of(
                            Cell.link(Formats.ukDate(r.getDueOn()), "/reviews/" + r.getId()),
                            Cell.text(
                                    r.getReportSentOn() == null
                                            ? "Not sent"
                                            : "Sent " + Formats.ukDate(r.getReportSentOn())),
                            r.getHeldOn() == null
                                    ? (r.getDueOn().isBefore(today)
                                            ? Cell.tag("Outcome to record", "orange")
                                            : Cell.tag("Scheduled", "blue"))
                                    : Cell.text(outcome(r))))
                    .toList();
            return new Reviews(
                    order.id(),
                    List.of(Cell.text("Due"), Cell.text("Progress report"), Cell.text("Outcome")),
                    rows,
                    canChange);
        }
    }

    /** "Satisfactory progress (attended)"; a review on papers needs no attendance to say. */
    static String outcome(CourtReview r) {
        return r.getAttendance() == ReviewAttendance.NOT_REQUIRED
                ? r.getOutcome().label()
                : r.getOutcome().label() + " (" + r.getAttendance().label().toLowerCase() + ")";
    }

    public record Decisions(Long orderId, List<Cell> head, List<List<Cell>> rows, boolean canDecide) {}

    @Component
    static class DecisionsSection implements OrderPageSection<Decisions> {

        private final OrderDecisionRepository decisions;

        DecisionsSection(OrderDecisionRepository decisions) {
            this.decisions = decisions;
        }

        @Override
        public int position() {
            return 40;
        }

        @Override
        public String id() {
            return "decisions";
        }

        @Override
        public String title() {
            return "Court decisions";
        }

        @Override
        public String fragment() {
            return "order/sections :: decisions";
        }

        @Override
        public Decisions model(OrderSummary order, boolean canChange, SignedInUser user) {
            List<List<Cell>> rows = new ArrayList<>();
            for (OrderDecision d : decisions.findByOrderIdOrderByDecidedOnAscIdAsc(order.id())) {
                rows.add(List.of(
                        Cell.text(Formats.ukDate(d.getDecidedOn())),
                        Cell.text(d.getDecision().label()
                                + (d.getNewEndsOn() == null ? "" : ": now ends " + Formats.ukDate(d.getNewEndsOn()))),
                        Cell.text(d.getNotes() == null ? "" : d.getNotes())));
            }
            if (order.isEnded()) {
                rows.add(List.of(
                        Cell.text(Formats.ukDate(order.endedOn())),
                        Cell.tag(order.endedOutcome().label(), "grey"),
                        Cell.text("Order ended")));
            }
            return new Decisions(
                    order.id(), List.of(Cell.text("Date"), Cell.text("Decision"), Cell.text("Notes")), rows, canChange);
        }
    }
}
