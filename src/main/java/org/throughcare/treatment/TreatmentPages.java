package org.throughcare.treatment;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Treatment episodes and releases as summary rows and table cells, worded the same on every page. */
@Component
class TreatmentPages {

    static final List<Cell> EPISODE_HEAD =
            List.of(Cell.text("Provider"), Cell.text("Setting"), Cell.text("Started"), Cell.text("Status"));

    static final List<Cell> RELEASE_HEAD = List.of(
            Cell.text("Released"),
            Cell.text("Prison"),
            Cell.text("Naloxone"),
            Cell.text("Continuity referral"),
            Cell.text("First community appointment"),
            Cell.text("Action"));

    static final List<Cell> NEED_HEAD = List.of(
            Cell.text("Area"),
            Cell.text("Need and action agreed"),
            Cell.text("Identified"),
            Cell.text("Referral"),
            Cell.text("Outcome"));

    private final TreatmentProperties properties;
    private final Formats formats;
    private final Clock clock;

    TreatmentPages(TreatmentProperties properties, Formats formats, Clock clock) {
        this.properties = properties;
        this.formats = formats;
        this.clock = clock;
    }

    void addEpisode(Model model, TreatmentService.EpisodeRecord record, SignedInUser user) {
        TreatmentEpisode e = record.episode();
        boolean canChange = RoleGroup.TREATMENT_WORKERS.includes(user.role()) && e.open();
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Status", status(e)));
        rows.add(SummaryRow.of("Provider", record.providerName()));
        rows.add(SummaryRow.of("Setting", e.getSetting().label()));
        rows.add(SummaryRow.of("Key worker", e.getKeyWorker()));
        rows.add(SummaryRow.of("Started", formats.date(e.getStartedOn())));
        rows.add(SummaryRow.of("Triage or assessment", orNotYet(e.getTriagedOn())));
        rows.add(SummaryRow.of("Care plan agreed", orNotYet(e.getCarePlanOn())));
        if (e.getReferralId() != null) {
            rows.add(new SummaryRow(
                    "From referral", "Referral " + e.getReferralId(), "/referrals/" + e.getReferralId(), "View"));
        }
        if (!e.open()) {
            rows.add(SummaryRow.of(
                    "Ended",
                    formats.date(e.getExitOn()) + ": " + e.getExitReason().label() + " ("
                            + e.getExitReason().group().label().toLowerCase(java.util.Locale.UK) + "), recorded by "
                            + e.getExitRecordedBy()));
        }
        model.addAttribute("episode", e);
        model.addAttribute("providerName", record.providerName());
        model.addAttribute("summary", rows);
        model.addAttribute(
                "interventionHead",
                List.of(Cell.text("Intervention"), Cell.text("Type"), Cell.text("Started"), Cell.text("Ended")));
        model.addAttribute(
                "interventions",
                record.interventions().stream()
                        .map(i -> List.of(
                                Cell.text(i.getKind().label()),
                                Cell.text(i.getKind().group().label()),
                                Cell.text(formats.date(i.getStartedOn())),
                                i.getEndedOn() != null
                                        ? Cell.text(formats.date(i.getEndedOn()))
                                        : canChange
                                                ? Cell.link(
                                                        "Record the end",
                                                        "/treatment/interventions/" + i.getId() + "/end")
                                                : Cell.text("Continuing")))
                        .toList());
        model.addAttribute("canChange", canChange);
    }

    /**
     * How many outcome reviews the episode has and the latest, and whether this user may record another (a treatment
     * worker, while the episode takes one: on an ended episode only its exit review).
     */
    void addOutcomeReviews(Model model, OutcomeReviews.EpisodeReviews reviews, SignedInUser user) {
        List<OutcomeReview> all = reviews.reviews();
        model.addAttribute(
                "outcomeReviewsText",
                all.isEmpty()
                        ? "No outcome review has been recorded yet."
                        : (all.size() == 1 ? "1 outcome review" : all.size() + " outcome reviews") + ", the latest on "
                                + formats.date(all.get(all.size() - 1).getReviewedOn()) + " ("
                                + all.get(all.size() - 1).getKind().label().toLowerCase(java.util.Locale.UK) + ").");
        model.addAttribute("hasOutcomeReviews", !all.isEmpty());
        model.addAttribute(
                "canRecordOutcomeReview",
                RoleGroup.TREATMENT_WORKERS.includes(user.role())
                        && reviews.allowsAnother().isAllowed());
    }

    List<List<Cell>> episodeRows(List<TreatmentService.EpisodeRecord> records) {
        return records.stream()
                .map(r -> List.of(
                        Cell.link(
                                r.providerName(),
                                "/treatment/episodes/" + r.episode().getId()),
                        Cell.text(r.episode().getSetting().label()),
                        Cell.text(formats.date(r.episode().getStartedOn())),
                        r.episode().open()
                                ? Cell.tag("In treatment", "turquoise")
                                : Cell.tag(r.episode().getExitReason().group().label(), "grey")))
                .toList();
    }

    List<List<Cell>> releaseRows(List<PrisonRelease> releases, boolean canRecord) {
        LocalDate today = LocalDate.now(clock);
        return releases.stream()
                .map(r -> List.of(
                        Cell.text(formats.date(r.getReleasedOn())),
                        Cell.text(r.getPrison()),
                        Cell.text(r.isNaloxoneSupplied() ? "Supplied" : "Not supplied"),
                        Cell.text(r.isContinuityReferral() ? "Made" : "Not made"),
                        firstAppointment(r, today),
                        canRecord && r.getFirstAppointmentOn() == null
                                ? Cell.link("Record first appointment", "/releases/" + r.getId() + "/first-appointment")
                                : Cell.text("")))
                .toList();
    }

    List<List<Cell>> needRows(List<ReintegrationNeed> needs, boolean canRecord) {
        return needs.stream()
                .map(n -> List.of(
                        Cell.text(n.getArea().label()),
                        Cell.text(n.getNeed() + " Action agreed: " + n.getActionAgreed()),
                        Cell.text(formats.date(n.getIdentifiedOn())),
                        n.getReferralId() == null
                                ? Cell.text("None")
                                : Cell.link("Referral", "/referrals/" + n.getReferralId()),
                        n.getOutcome() != null
                                ? Cell.tag(
                                        n.getOutcome().label() + ", " + formats.date(n.getOutcomeOn()),
                                        n.getOutcome().colour())
                                : canRecord
                                        ? Cell.link("Record outcome", "/reintegration/" + n.getId() + "/outcome")
                                        : Cell.text("Open")))
                .toList();
    }

    /** The first appointment, or how long the person has waited, flagged once past the three weeks. */
    Cell firstAppointment(PrisonRelease r, LocalDate today) {
        if (r.getFirstAppointmentOn() != null) {
            return r.seenWithin(properties.seenAfterReleaseWithin())
                    ? Cell.text(formats.date(r.getFirstAppointmentOn()) + " (within 3 weeks)")
                    : Cell.text(formats.date(r.getFirstAppointmentOn()) + " (after 3 weeks)");
        }
        if (r.overdue(properties.seenAfterReleaseWithin(), today)) {
            return Cell.tag("Not seen within 3 weeks", "red");
        }
        return Cell.text("Not yet: " + ChronoUnit.DAYS.between(r.getReleasedOn(), today) + " days since release");
    }

    private String status(TreatmentEpisode e) {
        return e.open() ? "In treatment" : "Ended";
    }

    private String orNotYet(LocalDate date) {
        return date == null ? "Not yet recorded" : formats.date(date);
    }
}
