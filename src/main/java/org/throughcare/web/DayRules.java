package org.throughcare.web;

import org.throughcare.common.RuleViolationException;

import java.time.LocalDate;
import java.util.List;

/**
 * The one check and wording for a day a worker enters for a step: not in the future, and not before the day of
 * the step it follows ("The date cannot be before the release, on 2 June 2026").
 */
public final class DayRules {

    private DayRules() {}

    /**
     * Adds the problems of {@code day} (none when it is null: a missing date is the form's to report).
     *
     * @param notBefore the day of the step it follows, or null
     * @param notBeforeWhat that step as it reads after "before", e.g. "the release"
     */
    public static void check(
            List<RuleViolationException> problems,
            String field,
            LocalDate day,
            LocalDate notBefore,
            String notBeforeWhat,
            LocalDate today) {
        if (day == null) {
            return;
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            problems.add(new RuleViolationException(
                    field, "The date cannot be before " + notBeforeWhat + ", on " + Formats.ukDate(notBefore)));
        }
        if (day.isAfter(today)) {
            problems.add(new RuleViolationException(field, "The date must be today or in the past"));
        }
    }
}
