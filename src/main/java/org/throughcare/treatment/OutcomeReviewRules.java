package org.throughcare.treatment;

import org.throughcare.common.Allowed;
import org.throughcare.common.RuleViolationException;
import org.throughcare.web.DayRules;
import org.throughcare.web.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of an episode's outcome reviews, every problem at once with its form field: each item answered and
 * in its range; the day within the episode and not in the future; one start review, the earliest; at most one exit
 * review, only once the episode has ended, the latest. An ended episode takes no more changes but its exit review.
 */
final class OutcomeReviewRules {

    private OutcomeReviewRules() {}

    /** Whether the episode takes another review at all: the guard of the form and the link to it. */
    static Allowed allows(TreatmentEpisode episode, List<OutcomeReview> existing) {
        if (!episode.open() && find(existing, OutcomeReviewKind.EXIT).isPresent()) {
            return Allowed.no("This episode ended on " + Formats.ukDate(episode.getExitOn())
                    + " and its exit review is recorded: no more outcome reviews can be recorded");
        }
        return Allowed.yes();
    }

    /** The kinds of review the episode can still take, for the form's choices. */
    static List<OutcomeReviewKind> kindsAllowed(TreatmentEpisode episode, List<OutcomeReview> existing) {
        if (!episode.open()) {
            return find(existing, OutcomeReviewKind.EXIT).isPresent() ? List.of() : List.of(OutcomeReviewKind.EXIT);
        }
        return find(existing, OutcomeReviewKind.START).isPresent()
                ? List.of(OutcomeReviewKind.REVIEW)
                : List.of(OutcomeReviewKind.START, OutcomeReviewKind.REVIEW);
    }

    static List<RuleViolationException> check(
            OutcomeReviewDetails d, TreatmentEpisode episode, List<OutcomeReview> existing, LocalDate today) {
        List<RuleViolationException> problems =
                new ArrayList<>(allows(episode, existing).problems());
        if (!problems.isEmpty()) {
            return problems;
        }
        checkKind(problems, d.kind(), episode, existing);
        checkDay(problems, d.kind(), d.reviewedOn(), episode, existing, today);
        if (d.conductedBy() == null || d.conductedBy().isBlank()) {
            problems.add(new RuleViolationException("conductedBy", "Enter who conducted the review"));
        }
        problems.addAll(checkItems(d.items()));
        return problems;
    }

    /** Every item answered and in its range, and no sharing of equipment without injecting. */
    static List<RuleViolationException> checkItems(OutcomeItems items) {
        List<RuleViolationException> problems = new ArrayList<>();
        for (OutcomeItem item : OutcomeItem.values()) {
            Integer value = item.valueIn(items);
            if (value == null) {
                problems.add(new RuleViolationException(item.field(), item.missing()));
            } else if (value < 0 || value > item.max()) {
                problems.add(new RuleViolationException(item.field(), item.outOfRange()));
            }
            if (item == OutcomeItem.INJECTING) {
                if (items.sharedEquipment() == null) {
                    problems.add(new RuleViolationException(
                            "sharedEquipment", "Select whether injecting equipment was shared"));
                } else if (items.sharedEquipment() && value != null && value == 0) {
                    problems.add(new RuleViolationException(
                            "sharedEquipment", "Equipment cannot have been shared with no days injecting"));
                }
            }
        }
        if (items.acuteHousingProblem() == null) {
            problems.add(new RuleViolationException(
                    "acuteHousingProblem", "Select whether the person had an acute housing problem"));
        }
        if (items.evictionRisk() == null) {
            problems.add(
                    new RuleViolationException("evictionRisk", "Select whether the person was at risk of eviction"));
        }
        return problems;
    }

    private static void checkKind(
            List<RuleViolationException> problems,
            OutcomeReviewKind kind,
            TreatmentEpisode episode,
            List<OutcomeReview> existing) {
        if (kind == null) {
            problems.add(new RuleViolationException("kind", "Select the kind of review"));
            return;
        }
        find(existing, kind)
                .filter(r -> kind != OutcomeReviewKind.REVIEW)
                .ifPresent(r -> problems.add(new RuleViolationException(
                        "kind",
                        "This episode already has its " + kind.label().toLowerCase(java.util.Locale.UK) + " review, on "
                                + Formats.ukDate(r.getReviewedOn()))));
        if (kind == OutcomeReviewKind.EXIT && episode.open()) {
            problems.add(new RuleViolationException(
                    "kind", "An exit review can only be recorded once the episode has ended: record its end first"));
        }
        if (kind != OutcomeReviewKind.EXIT && !episode.open()) {
            problems.add(new RuleViolationException(
                    "kind",
                    "This episode ended on " + Formats.ukDate(episode.getExitOn())
                            + ": only its exit review can be recorded"));
        }
    }

    private static void checkDay(
            List<RuleViolationException> problems,
            OutcomeReviewKind kind,
            LocalDate day,
            TreatmentEpisode episode,
            List<OutcomeReview> existing,
            LocalDate today) {
        if (day == null) {
            problems.add(new RuleViolationException("reviewedOn", "Enter the date of the review"));
            return;
        }
        DayRules.check(problems, "reviewedOn", day, episode.getStartedOn(), "the episode started", today);
        if (episode.getExitOn() != null && day.isAfter(episode.getExitOn())) {
            problems.add(new RuleViolationException(
                    "reviewedOn",
                    "The date cannot be after the episode ended, on " + Formats.ukDate(episode.getExitOn())));
        }
        if (kind == OutcomeReviewKind.START) {
            existing.stream()
                    .map(OutcomeReview::getReviewedOn)
                    .filter(other -> other.isBefore(day))
                    .min(Comparator.naturalOrder())
                    .ifPresent(other -> problems.add(new RuleViolationException(
                            "reviewedOn",
                            "The start review must be the earliest: there is a review on " + Formats.ukDate(other))));
        } else {
            find(existing, OutcomeReviewKind.START)
                    .filter(start -> start.getReviewedOn().isAfter(day))
                    .ifPresent(start -> problems.add(new RuleViolationException(
                            "reviewedOn",
                            "The date cannot be before the start review, on "
                                    + Formats.ukDate(start.getReviewedOn()))));
        }
        if (kind == OutcomeReviewKind.EXIT) {
            existing.stream()
                    .map(OutcomeReview::getReviewedOn)
                    .filter(other -> other.isAfter(day))
                    .max(Comparator.naturalOrder())
                    .ifPresent(other -> problems.add(new RuleViolationException(
                            "reviewedOn",
                            "The exit review must be the latest: there is a review on " + Formats.ukDate(other))));
        }
    }

    private static Optional<OutcomeReview> find(List<OutcomeReview> existing, OutcomeReviewKind kind) {
        return existing.stream().filter(r -> r.getKind() == kind).findFirst();
    }
}
