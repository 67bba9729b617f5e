package org.throughcare.compliance;

import org.springframework.stereotype.Component;
import org.throughcare.common.UkTime;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.SummaryRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the checklist pages and the order page's section show, made from revisions (the templates hold no logic). */
@Component
class ChecklistPages {

    static final List<Cell> BARRIER_HEAD = List.of(
            Cell.text("Barrier"),
            Cell.text("Present"),
            Cell.text("Detail"),
            Cell.text("Agreed strategy"),
            Cell.text("Owner"),
            Cell.text("Review date"));
    static final List<Cell> REVISION_HEAD = List.of(
            Cell.text("Revision"), Cell.text("Date"), Cell.text("Reason"), Cell.text("By"), Cell.text("Changes"));

    /** The checklist page. */
    record Page(
            Long orderId,
            String orderLabel,
            String latestHeading,
            List<List<Cell>> barrierRows,
            List<SummaryRow> agreement,
            List<List<Cell>> revisionRows,
            ChecklistStatus status,
            boolean canChange,
            boolean canCompare) {

        public List<Cell> barrierHead() {
            return BARRIER_HEAD;
        }

        public List<Cell> revisionHead() {
            return REVISION_HEAD;
        }
    }

    /** One barrier's table on the comparison page. */
    record BarrierTable(String caption, List<List<Cell>> rows) {}

    /** The comparison page. */
    record Comparison(
            int from, int to, List<Cell> head, int changed, List<BarrierTable> barriers, List<List<Cell>> agreement) {}

    Page page(ChecklistService.ChecklistRecord record, boolean canChange) {
        Checklist latest = record.latest();
        Long orderId = record.order().id();
        List<List<Cell>> revisions = new ArrayList<>();
        for (Checklist revision : record.revisions()) {
            revisions.add(List.of(
                    Cell.text(revision.getRevision()),
                    Cell.text(day(revision)),
                    Cell.text(revision.getReason().label()),
                    Cell.text(revision.getCreatedBy()),
                    revision.getRevision() > 1
                            ? Cell.link(
                                    "Compare with revision " + (revision.getRevision() - 1),
                                    compareHref(orderId, revision.getRevision() - 1, revision.getRevision()))
                            : Cell.text("First revision")));
        }
        return new Page(
                orderId,
                record.order().label(),
                latest == null ? null : heading(latest),
                latest == null ? List.of() : barrierRows(latest),
                latest == null ? List.of() : agreement(latest),
                revisions,
                record.status(),
                canChange,
                record.revisions().size() > 1);
    }

    static String heading(Checklist revision) {
        return "Revision " + revision.getRevision() + ": "
                + revision.getReason().label().toLowerCase(java.util.Locale.UK) + ", " + day(revision);
    }

    static List<List<Cell>> barrierRows(Checklist revision) {
        return revision.getBarriers().stream()
                .map(line -> List.of(
                        Cell.text(line.getBarrier().label()),
                        Cell.text(line.isPresent() ? "Yes" : "No"),
                        Cell.text(line.getDetail()),
                        Cell.text(line.getStrategy()),
                        Cell.text(line.getOwner()),
                        Cell.text(Formats.ukDate(line.getReviewOn()))))
                .toList();
    }

    static List<SummaryRow> agreement(Checklist revision) {
        return List.of(
                SummaryRow.of(
                        "Person agreed",
                        revision.isPersonAgreed()
                                ? "Yes, on " + Formats.ukDate(revision.getAgreedOn())
                                : "No, the person has not agreed"),
                SummaryRow.of("Made by", revision.getCreatedBy() + " on " + day(revision)));
    }

    List<Option> revisionOptions(List<Checklist> revisions) {
        return revisions.stream()
                .map(r -> Option.of(r.getRevision(), "Revision " + r.getRevision() + " (" + day(r) + ")"))
                .toList();
    }

    Comparison comparison(ChecklistComparison comparison) {
        int from = comparison.from().getRevision();
        int to = comparison.to().getRevision();
        List<Cell> head = List.of(
                Cell.text("Field"),
                Cell.text("Revision " + from + " (" + day(comparison.from()) + ")"),
                Cell.text("Revision " + to + " (" + day(comparison.to()) + ")"),
                Cell.text("Change"));
        List<BarrierTable> barriers = comparison.barriers().stream()
                .map(b -> new BarrierTable(
                        b.barrier().label() + (b.changed() ? " (changed)" : " (no change)"), rows(b.fields())))
                .toList();
        return new Comparison(from, to, head, comparison.changes().size(), barriers, rows(comparison.agreement()));
    }

    private static List<List<Cell>> rows(List<ChecklistComparison.FieldChange> fields) {
        return fields.stream()
                .map(f -> List.of(
                        Cell.text(f.field()),
                        Cell.text(f.before().isEmpty() ? "None" : f.before()),
                        Cell.text(f.after().isEmpty() ? "None" : f.after()),
                        f.changed() ? Cell.tag("Changed", "yellow") : Cell.text("No change")))
                .toList();
    }

    static String compareHref(Long orderId, int from, int to) {
        return "/orders/" + orderId + "/checklist/compare?from=" + from + "&to=" + to;
    }

    static String day(Checklist revision) {
        return revision.getCreatedAt() == null
                ? ""
                : Formats.ukDate(LocalDate.ofInstant(revision.getCreatedAt(), UkTime.ZONE));
    }
}
