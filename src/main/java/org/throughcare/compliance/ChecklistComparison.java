package org.throughcare.compliance;

import org.throughcare.web.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two revisions of an order's checklist side by side: for each barrier, each of its fields before and after, and the
 * person's agreement.
 */
record ChecklistComparison(Checklist from, Checklist to, List<BarrierChange> barriers, List<FieldChange> agreement) {

    /** A field of a revision as the page shows it, before and after. */
    record FieldChange(String field, String before, String after) {

        boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    /** One barrier's fields. */
    record BarrierChange(Barrier barrier, List<FieldChange> fields) {

        boolean changed() {
            return fields.stream().anyMatch(FieldChange::changed);
        }
    }

    static ChecklistComparison of(Checklist from, Checklist to) {
        List<BarrierChange> barriers = new ArrayList<>();
        for (Barrier barrier : Barrier.values()) {
            BarrierLine before = from.line(barrier).orElse(null);
            BarrierLine after = to.line(barrier).orElse(null);
            barriers.add(new BarrierChange(
                    barrier,
                    List.of(
                            field("Present", before, after, l -> yesNo(l.isPresent())),
                            field("Detail", before, after, BarrierLine::getDetail),
                            field("Agreed strategy", before, after, BarrierLine::getStrategy),
                            field("Owner", before, after, BarrierLine::getOwner),
                            field("Review date", before, after, l -> date(l.getReviewOn())))));
        }
        List<FieldChange> agreement = List.of(
                new FieldChange("Person agreed", yesNo(from.isPersonAgreed()), yesNo(to.isPersonAgreed())),
                new FieldChange("Date agreed", date(from.getAgreedOn()), date(to.getAgreedOn())));
        return new ChecklistComparison(from, to, barriers, agreement);
    }

    /** Every field that changed, as "Housing: Agreed strategy", for tests and summaries. */
    List<String> changes() {
        List<String> changes = new ArrayList<>();
        barriers.forEach(b -> b.fields().stream()
                .filter(FieldChange::changed)
                .forEach(f -> changes.add(b.barrier().label() + ": " + f.field())));
        agreement.stream().filter(FieldChange::changed).forEach(f -> changes.add(f.field()));
        return changes;
    }

    private static FieldChange field(
            String name,
            BarrierLine before,
            BarrierLine after,
            java.util.function.Function<BarrierLine, String> value) {
        return new FieldChange(name, show(before, value), show(after, value));
    }

    private static String show(BarrierLine line, java.util.function.Function<BarrierLine, String> value) {
        if (line == null) {
            return "";
        }
        String shown = value.apply(line);
        return shown == null ? "" : shown;
    }

    private static String yesNo(boolean yes) {
        return yes ? "Yes" : "No";
    }

    private static String date(LocalDate date) {
        return Formats.ukDate(date);
    }
}
