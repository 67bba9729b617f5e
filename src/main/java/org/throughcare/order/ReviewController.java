package org.throughcare.order;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.Allowed;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForProbationOfficersAndManagers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;

/** Court reviews: the progress report, recording it sent, the review's outcome, and a review set by the court. */
@Controller
class ReviewController {

    private final CourtReviews orders;
    private final OrderDirectory directory;
    private final ProgressReports reports;
    private final PersonLookup people;

    ReviewController(CourtReviews orders, OrderDirectory directory, ProgressReports reports, PersonLookup people) {
        this.orders = orders;
        this.directory = directory;
        this.reports = reports;
        this.people = people;
    }

    @GetMapping("/reviews/{reviewId}")
    @ForProbationOfficersAndManagers
    String report(@PathVariable Long reviewId, Model model, @AuthenticationPrincipal SignedInUser user) {
        ProgressReports.Report report = reports.report(reviewId, user);
        model.addAttribute("report", report);
        model.addAttribute(
                "heading",
                "Progress report for the court review due "
                        + Formats.ukDate(report.review().getDueOn()));
        model.addAttribute(
                "canChange", directory.allowsChange(report.order(), user).isAllowed());
        return "order/review";
    }

    @GetMapping("/reviews/{reviewId}/report-sent")
    @ForProbationOfficersAndManagers
    String reportSentForm(
            @PathVariable Long reviewId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        CourtReview review = orders.review(reviewId, user);
        String refusal = refusal(review, user);
        if (refusal != null) {
            redirect.addFlashAttribute("errorMessage", refusal);
            return "redirect:/reviews/" + reviewId;
        }
        ReportSentForm form = new ReportSentForm();
        form.setProviderView(review.getProviderView());
        model.addAttribute("reportSentForm", form);
        return showReportSentForm(review, model, user);
    }

    @PostMapping("/reviews/{reviewId}/report-sent")
    @ForProbationOfficersAndManagers
    String recordReportSent(
            @PathVariable Long reviewId,
            @Valid @ModelAttribute("reportSentForm") ReportSentForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        CourtReview review = orders.review(reviewId, user);
        return FormErrors.submit(
                result,
                () -> {
                    orders.recordReportSent(reviewId, form.getOn().toLocalDate(), form.getProviderView(), user);
                    redirect.addFlashAttribute("successMessage", "Progress report recorded as sent");
                    return "redirect:/reviews/" + reviewId;
                },
                () -> showReportSentForm(review, model, user),
                refusal -> refused(redirect, refusal, reviewId));
    }

    @GetMapping("/reviews/{reviewId}/outcome")
    @ForProbationOfficersAndManagers
    String outcomeForm(
            @PathVariable Long reviewId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        CourtReview review = orders.review(reviewId, user);
        String refusal = refusal(review, user);
        if (refusal != null) {
            redirect.addFlashAttribute("errorMessage", refusal);
            return "redirect:/reviews/" + reviewId;
        }
        model.addAttribute("reviewOutcomeForm", new ReviewOutcomeForm());
        return showOutcomeForm(review, model, user);
    }

    @PostMapping("/reviews/{reviewId}/outcome")
    @ForProbationOfficersAndManagers
    String recordOutcome(
            @PathVariable Long reviewId,
            @Valid @ModelAttribute("reviewOutcomeForm") ReviewOutcomeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        CourtReview review = orders.review(reviewId, user);
        return FormErrors.submit(
                result,
                () -> {
                    orders.recordReviewHeld(
                            reviewId,
                            form.getHeldOn().toLocalDate(),
                            form.getAttendance(),
                            form.getOutcome(),
                            form.getNotes(),
                            user);
                    redirect.addFlashAttribute("successMessage", "Court review outcome recorded");
                    return "redirect:/orders/" + review.getOrderId() + "#reviews";
                },
                () -> showOutcomeForm(review, model, user),
                refusal -> refused(redirect, refusal, reviewId));
    }

    @GetMapping("/orders/{orderId}/reviews/new")
    @ForProbationOfficersAndManagers
    String addReviewForm(
            @PathVariable Long orderId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        OrderSummary order = directory.order(orderId, user);
        Allowed allowed = directory.allowsChange(order, user);
        if (!allowed.isAllowed()) {
            redirect.addFlashAttribute("errorMessage", allowed.refusal());
            return "redirect:/orders/" + orderId;
        }
        model.addAttribute("addReviewForm", new AddReviewForm());
        return showAddReviewForm(order, model, user);
    }

    @PostMapping("/orders/{orderId}/reviews/new")
    @ForProbationOfficersAndManagers
    String addReview(
            @PathVariable Long orderId,
            @Valid @ModelAttribute("addReviewForm") AddReviewForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        OrderSummary order = directory.order(orderId, user);
        return FormErrors.submit(
                result,
                () -> {
                    orders.addReview(orderId, form.getDueOn().toLocalDate(), user);
                    redirect.addFlashAttribute("successMessage", "Court review added");
                    return "redirect:/orders/" + orderId + "#reviews";
                },
                () -> showAddReviewForm(order, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return "redirect:/orders/" + orderId;
                });
    }

    private String refusal(CourtReview review, SignedInUser user) {
        Allowed allowed = directory.allowsChange(directory.order(review.getOrderId(), user), user);
        return allowed.isAllowed() ? null : allowed.refusal();
    }

    private static String refused(RedirectAttributes redirect, RuleViolationException refusal, Long reviewId) {
        redirect.addFlashAttribute("errorMessage", refusal.getMessage());
        return "redirect:/reviews/" + reviewId;
    }

    private String showReportSentForm(CourtReview review, Model model, SignedInUser user) {
        model.addAttribute("review", review);
        model.addAttribute("heading", "Progress report sent for the review due " + Formats.ukDate(review.getDueOn()));
        model.addAttribute("personName", personName(review, user));
        return "order/report-sent-form";
    }

    private String showOutcomeForm(CourtReview review, Model model, SignedInUser user) {
        model.addAttribute("review", review);
        model.addAttribute("heading", "Outcome of the court review due " + Formats.ukDate(review.getDueOn()));
        model.addAttribute("personName", personName(review, user));
        model.addAttribute("attendanceOptions", Option.fromEnum(ReviewAttendance.class, ReviewAttendance::label));
        model.addAttribute("outcomeOptions", Option.fromEnum(ReviewOutcome.class, ReviewOutcome::label));
        return "order/review-outcome-form";
    }

    private String showAddReviewForm(OrderSummary order, Model model, SignedInUser user) {
        model.addAttribute("order", order);
        model.addAttribute("personName", people.name(order.personId(), user));
        return "order/add-review-form";
    }

    private String personName(CourtReview review, SignedInUser user) {
        return people.name(directory.order(review.getOrderId(), user).personId(), user);
    }
}
