package org.throughcare.compliance;

import org.springframework.stereotype.Component;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns appointments, drug tests and enforcement actions into the table rows the compliance fragments show. */
@Component
class CompliancePages {

    static final List<Cell> APPOINTMENT_HEAD = List.of(
            Cell.text("When"),
            Cell.text("Kind"),
            Cell.text("Where and with whom"),
            Cell.text("Outcome"),
            Cell.text(""));

    static final List<Cell> DRUG_TEST_HEAD = List.of(Cell.text("Date"), Cell.text("Result"), Cell.text("Notes"));

    static final List<Cell> ENFORCEMENT_HEAD =
            List.of(Cell.text("Date"), Cell.text("Decision"), Cell.text("Failure"), Cell.text("Status"), Cell.text(""));

    private final Formats formats;
    private final Clock clock;

    CompliancePages(Formats formats, Clock clock) {
        this.formats = formats;
        this.clock = clock;
    }

    /**
     * One row per appointment: the outcome (or "Overdue"), and the next step for this user when the order takes
     * changes: record the outcome, or decide on a warning or breach after a failure.
     */
    List<List<Cell>> appointmentRows(
            List<Appointment> appointments, List<EnforcementAction> actions, boolean canChange) {
        Instant now = clock.instant();
        Map<Long, EnforcementAction> decided =
                actions.stream().collect(Collectors.toMap(EnforcementAction::getAppointmentId, Function.identity()));
        return appointments.stream()
                .map(a -> List.of(
                        Cell.text(formats.dateTime(a.getStartsAt())),
                        Cell.text(a.getKind().label()),
                        Cell.text(a.getPlace() + ", with " + a.getWithWhom()),
                        outcome(a, decided.get(a.getId()), now),
                        action(a, decided.containsKey(a.getId()), canChange, now)))
                .toList();
    }

    private Cell outcome(Appointment a, EnforcementAction decision, Instant now) {
        if (a.getOutcome() == null) {
            return a.overdue(now) ? Cell.tag("Outcome overdue", "red") : Cell.text("Upcoming");
        }
        String text = a.getOutcome().label();
        if (a.getAbsenceReason() != null) {
            text += " (" + a.getAbsenceReason().label().toLowerCase(Locale.UK) + ")";
        }
        if (decision != null) {
            text += "; " + decision.getKind().label().toLowerCase(Locale.UK) + " on "
                    + formats.date(decision.getDecidedOn());
        }
        return Cell.text(text);
    }

    private static Cell action(Appointment a, boolean decided, boolean canChange, Instant now) {
        if (!canChange) {
            return Cell.text("");
        }
        if (a.getOutcome() == null) {
            return Cell.link(
                    a.getStartsAt().isAfter(now) ? "Record outcome or reschedule" : "Record outcome",
                    "/appointments/" + a.getId() + "/outcome");
        }
        if (a.isFailure() && !decided) {
            return Cell.link("Decide on a warning or breach", "/appointments/" + a.getId() + "/enforcement");
        }
        return Cell.text("");
    }

    /**
     * For each missed appointment (newest first) whose absence reason matches a barrier present on the latest
     * checklist: what was missed, and the strategy agreed for the barrier, so the officer sees it at once.
     */
    List<String> barrierHighlights(List<Appointment> appointments, List<BarrierStrategy> present) {
        if (present.isEmpty()) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        for (int i = appointments.size() - 1; i >= 0; i--) {
            Appointment a = appointments.get(i);
            if (a.getAbsenceReason() == null) {
                continue;
            }
            for (BarrierStrategy b :
                    BarrierStrategy.matching(present, a.getAbsenceReason().name())) {
                lines.add(missed(a) + " matches the recorded barrier \u201c"
                        + b.label().toLowerCase(Locale.UK)
                        + "\u201d. Agreed strategy: " + b.strategy()
                        + (b.owner() == null ? "" : " (owner: " + b.owner() + ")"));
            }
        }
        return lines;
    }

    String missed(Appointment a) {
        return a.getOutcome().label() + " on " + formats.dateTime(a.getStartsAt()) + " ("
                + a.getAbsenceReason().label().toLowerCase(Locale.UK) + ")";
    }

    List<List<Cell>> drugTestRows(List<OrderDrugTest> tests) {
        return tests.stream()
                .map(t -> List.of(
                        Cell.text(formats.date(t.getTestedOn())),
                        t.anyPositive() ? Cell.tag(t.summary(), "red") : Cell.text(t.summary()),
                        Cell.text(t.getNotes())))
                .toList();
    }

    /**
     * One row per warning or breach, newest first: a warning shows when its letter is due, a breach whether it is
     * in progress (with the link to record its result when the order takes changes) or its result.
     */
    List<List<Cell>> enforcementRows(
            List<EnforcementAction> actions,
            Map<Long, Appointment> failures,
            Function<java.time.LocalDate, java.time.LocalDate> letterDue,
            boolean canChange) {
        List<EnforcementAction> newestFirst = new java.util.ArrayList<>(actions);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream()
                .map(e -> {
                    Appointment failure = failures.get(e.getAppointmentId());
                    String status;
                    if (e.getKind() == EnforcementKind.WARNING) {
                        status = "Warning letter due by " + formats.date(letterDue.apply(e.getDecidedOn()));
                    } else if (e.inProgress()) {
                        status = "In progress";
                    } else {
                        status = e.getResolution().label() + " on " + formats.date(e.getResolvedOn());
                    }
                    return List.of(
                            Cell.text(formats.date(e.getDecidedOn())),
                            Cell.text(e.getKind().label()),
                            Cell.text(
                                    failure == null
                                            ? ""
                                            : failure.getOutcome().label() + " on " + formats.date(failure.day())),
                            e.inProgress() ? Cell.tag(status, "red") : Cell.text(status),
                            e.inProgress() && canChange
                                    ? Cell.link("Record result", "/enforcement/" + e.getId() + "/result")
                                    : Cell.text(""));
                })
                .toList();
    }
}
