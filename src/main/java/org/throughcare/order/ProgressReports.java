package org.throughcare.order;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The written progress report for a court review: for the period since the last review (or the order's start),
 * every module's part ({@link ProgressReportContribution}) in order. Viewing it is audited.
 */
@Component
class ProgressReports {

    public record Report(
            CourtReview review,
            OrderSummary order,
            String personName,
            LocalDate since,
            LocalDate until,
            List<ProgressReportPart> parts) {

        public Long reviewId() {
            return review.getId();
        }

        public LocalDate heldOn() {
            return review.getHeldOn();
        }

        public LocalDate reportSentOn() {
            return review.getReportSentOn();
        }

        /** What the review decided, for its page: "Concerns (attended) on 20 July 2026". */
        public String outcomeText() {
            return review.getHeldOn() == null
                    ? "Not recorded yet"
                    : OrderSections.outcome(review) + " on " + Formats.ukDate(review.getHeldOn());
        }
    }

    private final OrderDirectory directory;
    private final CourtReviewRepository reviews;
    private final PersonLookup people;
    private final AuditService audit;
    private final List<ProgressReportContribution> contributions;

    ProgressReports(
            OrderDirectory directory,
            CourtReviewRepository reviews,
            PersonLookup people,
            AuditService audit,
            List<ProgressReportContribution> contributions) {
        this.directory = directory;
        this.reviews = reviews;
        this.people = people;
        this.audit = audit;
        this.contributions = contributions.stream()
                .sorted(Comparator.comparingInt(ProgressReportContribution::position))
                .toList();
    }

    @Transactional
    Report report(Long reviewId, SignedInUser user) {
        CourtReview review = reviews.findById(reviewId)
                .orElseThrow(() -> new RecordNotFoundException(CourtReviews.REVIEW, reviewId));
        OrderSummary order = directory.order(review.getOrderId(), user);
        audit.record(
                AuditAction.VIEW,
                CourtReviews.REVIEW,
                reviewId,
                "Progress report for the review due " + Formats.ukDate(review.getDueOn()));
        CourtReview previous = reviews.findByOrderIdOrderByDueOnAscIdAsc(order.id()).stream()
                .filter(r -> r.getDueOn().isBefore(review.getDueOn()))
                .reduce((first, second) -> second)
                .orElse(null);
        LocalDate since = previous == null
                ? order.startsOn()
                : (previous.getHeldOn() != null ? previous.getHeldOn() : previous.getDueOn());
        LocalDate until = review.getDueOn();
        List<ProgressReportPart> parts = new ArrayList<>();
        for (ProgressReportContribution contribution : contributions) {
            parts.addAll(contribution.parts(order, since, until, user));
        }
        return new Report(review, order, people.name(order.personId(), user), since, until, parts);
    }
}
