package org.throughcare.order;

import org.springframework.stereotype.Component;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The order module's own parts of a progress report: the last review's outcome, and the provider's view. */
@Component
class OrderReportParts implements ProgressReportContribution {

    private final CourtReviewRepository reviews;

    OrderReportParts(CourtReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public List<ProgressReportPart> parts(OrderSummary order, LocalDate since, LocalDate until, SignedInUser user) {
        List<CourtReview> all = reviews.findByOrderIdOrderByDueOnAscIdAsc(order.id());
        List<String> last = all.stream()
                .filter(r -> r.getHeldOn() != null && r.getDueOn().isBefore(until))
                .reduce((first, second) -> second)
                .map(r -> List.of("Held on " + Formats.ukDate(r.getHeldOn()) + ": "
                        + r.getOutcome().label() + " ("
                        + r.getAttendance().label().toLowerCase() + ")"
                        + (r.getNotes() == null ? "" : ". " + r.getNotes())))
                .orElse(List.of());
        List<String> view = new ArrayList<>();
        all.stream()
                .filter(r -> r.getDueOn().equals(until) && r.getProviderView() != null)
                .findFirst()
                .ifPresent(r -> view.add(r.getProviderView()));
        return List.of(
                ProgressReportPart.text("Last court review", last, "This is the first review of the order."),
                ProgressReportPart.text(
                        "Treatment provider’s view",
                        view,
                        "Not recorded yet: record it with the date the report is sent."));
    }
}
