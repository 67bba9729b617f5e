package org.throughcare.treatment;

import org.springframework.stereotype.Component;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Outcome reviews as table rows and summary lists, and the change between an episode's first and latest review
 * as the person page shows it: worded the same on every page.
 */
@Component
class OutcomeReviewPages {

    static final List<Cell> REVIEW_HEAD = List.of(
            Cell.text("Date"),
            Cell.text("Kind"),
            Cell.text("Conducted by"),
            Cell.text("Days of use (not tobacco)"),
            Cell.text("Psychological health"),
            Cell.text("Physical health"),
            Cell.text("Quality of life"));

    private final Formats formats;

    OutcomeReviewPages(Formats formats) {
        this.formats = formats;
    }

    List<List<Cell>> reviewRows(List<OutcomeReview> reviews) {
        return reviews.stream()
                .map(r -> {
                    OutcomeItems i = r.items();
                    return List.of(
                            Cell.link(formats.date(r.getReviewedOn()), "/treatment/outcome-reviews/" + r.getId()),
                            Cell.text(r.getKind().label()),
                            Cell.text(r.getConductedBy()),
                            Cell.number(substanceDays(i)),
                            Cell.number(i.psychologicalHealth()),
                            Cell.number(i.physicalHealth()),
                            Cell.number(i.qualityOfLife()));
                })
                .toList();
    }

    /** The review's header rows: kind, day, who conducted and who recorded it. */
    List<SummaryRow> reviewSummary(OutcomeReview r) {
        return List.of(
                SummaryRow.of("Kind", r.getKind().label()),
                SummaryRow.of("Date of the review", formats.date(r.getReviewedOn())),
                SummaryRow.of("Conducted by", r.getConductedBy()),
                SummaryRow.of("Recorded", formats.dateTime(r.getCreatedAt()) + " by " + r.getCreatedBy()));
    }

    /** The items of one group, as "Alcohol: 12 days" rows; the group's yes/no answers follow its numbers. */
    List<SummaryRow> itemRows(OutcomeReview r, OutcomeItem.Group group) {
        OutcomeItems items = r.items();
        List<SummaryRow> rows = new ArrayList<>();
        for (OutcomeItem item : OutcomeItem.in(group)) {
            int value = item.valueIn(items);
            rows.add(SummaryRow.of(item.label(), item.score() ? value + " out of 20" : days(value)));
        }
        if (group == OutcomeItem.Group.INJECTING) {
            rows.add(SummaryRow.of("Shared injecting equipment", yesNo(items.sharedEquipment())));
        }
        if (group == OutcomeItem.Group.WORK_AND_HOUSING) {
            rows.add(SummaryRow.of("Acute housing problem", yesNo(items.acuteHousingProblem())));
            rows.add(SummaryRow.of("At risk of eviction", yesNo(items.evictionRisk())));
        }
        return rows;
    }

    /** "First review (treatment start), 2 January 2026" and the like, for the change table's head. */
    List<Cell> changeHead(OutcomeChange change) {
        return List.of(
                Cell.text("Item"),
                Cell.text("First: " + formats.date(change.firstReviewedOn()) + " ("
                        + change.firstKind().label().toLowerCase(Locale.UK) + ")"),
                Cell.text("Latest: " + formats.date(change.latestReviewedOn()) + " ("
                        + change.latestKind().label().toLowerCase(Locale.UK) + ")"),
                Cell.text("Change"));
    }

    /**
     * The rows of the change table: days of use of each substance used at either review, injecting days, days of
     * each kind of offending committed at either review, and the three scores.
     */
    List<List<Cell>> changeRows(OutcomeChange change) {
        return change.items().stream()
                .filter(i -> i.item().score() || i.item() == OutcomeItem.INJECTING || i.anyDays())
                .map(i -> List.of(
                        Cell.text(rowLabel(i.item())),
                        Cell.number(i.first()),
                        Cell.number(i.latest()),
                        Cell.text(signed(i.change()))))
                .toList();
    }

    /** The same change as {@link #changeRows}, as summary rows for the person page: "first to latest (change)". */
    List<SummaryRow> changeSummary(OutcomeChange change) {
        List<Cell> head = changeHead(change);
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of(
                "Outcome reviews compared",
                head.get(1).text() + "; " + head.get(2).text()));
        changeRows(change)
                .forEach(row -> rows.add(SummaryRow.of(
                        row.get(0).text(),
                        row.get(1).text() + " to " + row.get(2).text() + " ("
                                + row.get(3).text() + ")")));
        return rows;
    }

    private static String rowLabel(OutcomeItem item) {
        return switch (item.group()) {
            case SUBSTANCES -> "Days using " + item.label().toLowerCase(Locale.UK);
            case OFFENDING -> "Days offending: " + item.label().toLowerCase(Locale.UK);
            case HEALTH -> item.label() + " (0 to 20)";
            default -> item.label();
        };
    }

    static int substanceDays(OutcomeItems items) {
        return OutcomeItem.SUBSTANCES_BUT_TOBACCO.stream()
                .mapToInt(i -> i.valueIn(items))
                .sum();
    }

    static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }

    private static String days(int value) {
        return value == 1 ? "1 day" : value + " days";
    }

    private static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "Yes" : "No";
    }
}
