package org.throughcare.compliance;

import org.throughcare.order.OrderType;
import org.throughcare.order.RequirementKind;
import org.throughcare.web.Formats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An order's compliance at a glance, as {@link ComplianceSummaries} computes it in SQL: one row per order, for the
 * caseload, the person page and the order page alike.
 *
 * @param failures failures to comply in the configured window
 * @param overdue appointments past their time without an outcome
 * @param breachRequired a failure awaits its decision and the rule allows only breach action
 * @param checklistDue no checklist yet, or the latest revision is older than the latest failure
 * @param releasedNotSeen a release from prison in the lookback with no community treatment appointment yet
 */
public record OrderCompliance(
        Long orderId,
        Long personId,
        OrderType type,
        List<RequirementKind> requirements,
        LocalDate endsOn,
        LocalDate nextReviewOn,
        Instant nextAppointment,
        long failures,
        boolean breachInProgress,
        long overdue,
        boolean decisionAwaited,
        boolean breachRequired,
        boolean checklistDue,
        boolean releasedNotSeen) {

    public ComplianceTag tag() {
        return ComplianceTag.of(failures, breachInProgress);
    }

    /** Something for the officer to do: an overdue outcome, breach action to take, or the checklist. */
    public boolean needsAction() {
        return overdue > 0 || breachRequired || checklistDue;
    }

    /** "Community order: DRR, Unpaid work", as the order module names an order. */
    public String label() {
        if (requirements.isEmpty()) {
            return type.label();
        }
        return type.label() + ": "
                + String.join(
                        ", ",
                        requirements.stream().map(RequirementKind::shortLabel).toList());
    }

    public String endsOnText() {
        return Formats.ukDate(endsOn);
    }

    static List<RequirementKind> kinds(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .map(RequirementKind::valueOf)
                .sorted()
                .toList();
    }
}
