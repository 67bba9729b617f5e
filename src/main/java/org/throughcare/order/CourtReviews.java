package org.throughcare.order;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.Text;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.DayRules;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An order's court reviews after they are scheduled (the order service schedules them when the order is made):
 * the progress report sent, what happened at the hearing, and a review the court set outside the schedule. Every
 * read checks the person's team scope; every change is audited in its transaction and refused on an ended order
 * except for a manager.
 */
@Service
class CourtReviews {

    static final RecordKind REVIEW = RecordKind.of("CourtReview");

    private final CourtReviewRepository reviews;
    private final OrderDirectory directory;
    private final AuditService audit;
    private final Clock clock;

    CourtReviews(CourtReviewRepository reviews, OrderDirectory directory, AuditService audit, Clock clock) {
        this.reviews = reviews;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The progress report for a review has gone to the court, with the treatment provider's view. */
    @Transactional
    CourtReview recordReportSent(Long reviewId, LocalDate on, String providerView, SignedInUser user) {
        CourtReview review = review(reviewId);
        OrderSummary order = directory.orderForChange(review.getOrderId(), user);
        List<RuleViolationException> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new RuleViolationException("on", "Enter the date the report was sent"));
        } else {
            DayRules.check(problems, "on", on, order.startsOn(), "the order started", today());
        }
        RuleViolations.throwIfAny(problems);
        review.reportSent(on, Text.blankToNull(providerView), user.username());
        audit.record(
                AuditAction.UPDATE,
                REVIEW,
                reviewId,
                "Progress report for the court review due " + Formats.ukDate(review.getDueOn()) + " sent on "
                        + Formats.ukDate(on));
        return review;
    }

    /** What happened at the review: when, whether the person attended, the outcome and notes. */
    @Transactional
    CourtReview recordReviewHeld(
            Long reviewId,
            LocalDate on,
            ReviewAttendance attendance,
            ReviewOutcome outcome,
            String notes,
            SignedInUser user) {
        CourtReview review = review(reviewId);
        OrderSummary order = directory.orderForChange(review.getOrderId(), user);
        List<RuleViolationException> problems = new ArrayList<>();
        if (review.getHeldOn() != null && user.role() != Role.MANAGER) {
            problems.add(new RuleViolationException(null, "This review's outcome is already recorded"));
        }
        if (on == null) {
            problems.add(new RuleViolationException("heldOn", "Enter the date of the review"));
        } else {
            DayRules.check(problems, "heldOn", on, order.startsOn(), "the order started", today());
        }
        if (attendance == null) {
            problems.add(new RuleViolationException("attendance", "Select whether the person attended"));
        }
        if (outcome == null) {
            problems.add(new RuleViolationException("outcome", "Select the outcome of the review"));
        } else if (outcome == ReviewOutcome.REVIEWED_ON_PAPERS && attendance == ReviewAttendance.ATTENDED) {
            problems.add(new RuleViolationException(
                    "attendance", "A review on papers needs no attendance: select \"not required\""));
        }
        if (notes != null && notes.length() > 2000) {
            problems.add(new RuleViolationException("notes", "Notes must be 2,000 characters or fewer"));
        }
        RuleViolations.throwIfAny(problems);
        review.held(on, attendance, outcome, Text.blankToNull(notes), user.username());
        audit.record(
                AuditAction.UPDATE,
                REVIEW,
                reviewId,
                "Court review held on " + Formats.ukDate(on) + ": " + outcome.label() + " ("
                        + attendance.label().toLowerCase() + ")");
        return review;
    }

    /** Adds a review the court set outside the schedule (an optional review, or one brought forward). */
    @Transactional
    CourtReview addReview(Long orderId, LocalDate dueOn, SignedInUser user) {
        OrderSummary order = directory.orderForChange(orderId, user);
        if (dueOn == null) {
            throw new RuleViolationException("dueOn", "Enter the date of the review");
        }
        if (dueOn.isBefore(order.startsOn()) || dueOn.isAfter(order.endsOn())) {
            throw new RuleViolationException(
                    "dueOn",
                    "The review must fall within the order, between " + Formats.ukDate(order.startsOn()) + " and "
                            + Formats.ukDate(order.endsOn()));
        }
        if (reviews.findByOrderIdOrderByDueOnAscIdAsc(orderId).stream()
                .anyMatch(r -> r.getDueOn().equals(dueOn))) {
            throw new RuleViolationException("dueOn", "A review is already scheduled for that day");
        }
        CourtReview review = reviews.save(new CourtReview(orderId, dueOn));
        audit.record(AuditAction.CREATE, REVIEW, review.getId(), "Court review added for " + Formats.ukDate(dueOn));
        return review;
    }

    @Transactional(readOnly = true)
    List<CourtReview> reviewsOf(Long orderId, SignedInUser user) {
        directory.order(orderId, user);
        return reviews.findByOrderIdOrderByDueOnAscIdAsc(orderId);
    }

    /** The review, once the user may see its order's person. */
    @Transactional(readOnly = true)
    CourtReview review(Long reviewId, SignedInUser user) {
        CourtReview review = review(reviewId);
        directory.order(review.getOrderId(), user);
        return review;
    }

    private CourtReview review(Long reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> new RecordNotFoundException(REVIEW, reviewId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
