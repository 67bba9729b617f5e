package org.throughcare.order;

import org.throughcare.common.RuleViolationException;
import org.throughcare.web.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an order must say before it is saved, every problem at once, each naming its form field. The law's limits
 * are here (a community order lasts at most three years; no treatment requirement without willingness to comply);
 * checks against reference data (court, provider, officer) are the service's.
 */
final class OrderRules {

    static final int COMMUNITY_ORDER_MAX_YEARS = 3;
    static final int MAX_PERIOD_MONTHS = 36;

    private OrderRules() {}

    static List<RuleViolationException> check(OrderDetails d, LocalDate today) {
        List<RuleViolationException> problems = new ArrayList<>();
        if (d.type() == null) {
            problems.add(new RuleViolationException("type", "Select the type of order"));
        }
        if (d.courtId() == null) {
            problems.add(new RuleViolationException("courtId", "Select the court that made the order"));
        }
        if (d.offenceIds() == null || d.offenceIds().isEmpty()) {
            problems.add(new RuleViolationException("offenceIds", "Select at least one offence"));
        }
        checkDates(d, today, problems);
        if (d.requirements() == null || d.requirements().isEmpty()) {
            problems.add(new RuleViolationException("requirements", "Select at least one requirement"));
        } else {
            for (RequirementDetails r : d.requirements()) {
                checkRequirement(r, d, problems);
            }
        }
        return problems;
    }

    private static void checkDates(OrderDetails d, LocalDate today, List<RuleViolationException> problems) {
        if (d.sentencedOn() == null) {
            problems.add(new RuleViolationException("sentencedOn", "Enter the date of sentence"));
        } else if (d.sentencedOn().isAfter(today)) {
            problems.add(
                    new RuleViolationException("sentencedOn", "The date of sentence must be today or in the past"));
        }
        if (d.startsOn() == null) {
            problems.add(new RuleViolationException("startsOn", "Enter the date the order starts"));
        } else if (d.sentencedOn() != null && d.startsOn().isBefore(d.sentencedOn())) {
            problems.add(new RuleViolationException(
                    "startsOn", "The order cannot start before it was made, on " + Formats.ukDate(d.sentencedOn())));
        }
        if (d.endsOn() == null) {
            problems.add(new RuleViolationException("endsOn", "Enter the date the order ends"));
        } else if (d.startsOn() != null) {
            if (!d.endsOn().isAfter(d.startsOn())) {
                problems.add(new RuleViolationException("endsOn", "The order must end after it starts"));
            } else if (d.type() == OrderType.COMMUNITY_ORDER
                    && d.endsOn().isAfter(d.startsOn().plusYears(COMMUNITY_ORDER_MAX_YEARS))) {
                problems.add(new RuleViolationException(
                        "endsOn",
                        "A community order lasts at most 3 years: it must end by "
                                + Formats.ukDate(d.startsOn().plusYears(COMMUNITY_ORDER_MAX_YEARS))));
            }
        }
    }

    private static void checkRequirement(RequirementDetails r, OrderDetails d, List<RuleViolationException> problems) {
        String field = fieldPrefix(r.kind());
        if (r.kind().needsWillingness()) {
            if (r.willingnessExpressedOn() == null) {
                problems.add(new RuleViolationException(
                        field + "WillingnessOn",
                        "Enter the date the person expressed willingness to comply with the "
                                + r.kind().shortLabel() + ": without it the court cannot make the requirement"));
            } else if (d.sentencedOn() != null && r.willingnessExpressedOn().isAfter(d.sentencedOn())) {
                problems.add(new RuleViolationException(
                        field + "WillingnessOn",
                        "Willingness to comply with the " + r.kind().shortLabel()
                                + " must be expressed on or before the date of sentence"));
            }
        }
        if (r.kind() == RequirementKind.DRR) {
            if (r.providerId() == null) {
                problems.add(new RuleViolationException("drrProviderId", "Select the DRR treatment provider"));
            }
            if (r.treatmentPlace() == null || r.treatmentPlace().isBlank()) {
                problems.add(new RuleViolationException("drrPlace", "Enter where the DRR treatment takes place"));
            }
            if (r.residence() == null) {
                problems.add(
                        new RuleViolationException("drrResidence", "Select whether the DRR treatment is resident"));
            }
            if (r.periodMonths() == null) {
                problems.add(new RuleViolationException(
                        "drrPeriodMonths", "Enter the treatment-and-testing period in months"));
            } else if (r.periodMonths() < 1 || r.periodMonths() > MAX_PERIOD_MONTHS) {
                problems.add(new RuleViolationException(
                        "drrPeriodMonths", "The treatment-and-testing period must be between 1 and 36 months"));
            } else if (d.startsOn() != null
                    && d.endsOn() != null
                    && d.startsOn().plusMonths(r.periodMonths()).isAfter(d.endsOn())) {
                problems.add(new RuleViolationException(
                        "drrPeriodMonths", "The treatment-and-testing period cannot run past the end of the order"));
            }
            if (r.testsPerMonth() == null) {
                problems.add(new RuleViolationException("drrTestsPerMonth", "Enter how many drug tests a month"));
            } else if (r.testsPerMonth() < 1 || r.testsPerMonth() > 31) {
                problems.add(
                        new RuleViolationException("drrTestsPerMonth", "Drug tests a month must be between 1 and 31"));
            }
        }
        if (r.details() != null && r.details().length() > 500) {
            problems.add(new RuleViolationException(field + "Details", "Details must be 500 characters or fewer"));
        }
    }

    /** The form's field names for a requirement: drr, atr, mhtr, drugTesting, unpaidWork, curfew, rar. */
    static String fieldPrefix(RequirementKind kind) {
        return switch (kind) {
            case DRR -> "drr";
            case ATR -> "atr";
            case MHTR -> "mhtr";
            case DRUG_TESTING -> "drugTesting";
            case UNPAID_WORK -> "unpaidWork";
            case CURFEW -> "curfew";
            case REHABILITATION_ACTIVITY -> "rar";
        };
    }
}
