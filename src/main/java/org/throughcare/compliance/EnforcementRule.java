package org.throughcare.compliance;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What may follow a failure to comply (Sentencing Act 2020 Sch 10, DOMAIN.md stage 7), as a table read top down:
 * the first row whose condition holds decides. A warning counts when it was given within the window (12 months by
 * default) ending with the day of the failure: a warning exactly 12 months before the failure is outside it, one a
 * day later is inside. Pure: no Spring, no database, no clock.
 */
final class EnforcementRule {

    /** What the rule decided, in the officer's terms. */
    enum Decision {
        /** No warning in the window: the officer chooses a warning or breach action. */
        WARNING_OR_BREACH,
        /** A warning in the window: breach action is required. */
        BREACH_REQUIRED,
        /** A breach on the order is still before the court: this failure goes with it as breach action. */
        BREACH_IN_PROGRESS
    }

    /** The rule's inputs: the failure's day, the days of earlier warnings on the order, and an open breach. */
    record Facts(LocalDate failureDay, Collection<LocalDate> warnings, boolean openBreach) {}

    /** The decision, the actions it allows, and why, for the page. */
    record Choice(Decision decision, Set<EnforcementKind> allowed, String reason) {

        boolean allows(EnforcementKind kind) {
            return allowed.contains(kind);
        }
    }

    private record Row(Predicate<Facts> when, Decision decision, Set<EnforcementKind> allowed, String reason) {}

    private final Period warningWindow;
    private final List<Row> table;

    EnforcementRule(Period warningWindow) {
        this.warningWindow = warningWindow;
        this.table = List.of(
                new Row(
                        Facts::openBreach,
                        Decision.BREACH_IN_PROGRESS,
                        EnumSet.of(EnforcementKind.BREACH),
                        "A breach of this order is in progress: record this failure as breach action too."),
                new Row(
                        facts -> facts.warnings().stream().anyMatch(w -> counts(w, facts.failureDay())),
                        Decision.BREACH_REQUIRED,
                        EnumSet.of(EnforcementKind.BREACH),
                        "Breach action is required: a warning was given in the " + describe(warningWindow)
                                + " before this failure."),
                new Row(
                        facts -> true,
                        Decision.WARNING_OR_BREACH,
                        EnumSet.of(EnforcementKind.WARNING, EnforcementKind.BREACH),
                        "No warning was given in the " + describe(warningWindow)
                                + " before this failure: give a warning or take breach action."));
    }

    Choice decide(Facts facts) {
        Row row = table.stream().filter(r -> r.when().test(facts)).findFirst().orElseThrow();
        return new Choice(row.decision(), row.allowed(), row.reason());
    }

    Choice decide(LocalDate failureDay, Collection<LocalDate> warnings, boolean openBreach) {
        return decide(new Facts(failureDay, warnings, openBreach));
    }

    /** Whether a warning given on {@code warning} falls in the window ending with the day of the failure. */
    boolean counts(LocalDate warning, LocalDate failureDay) {
        return warning.isAfter(failureDay.minus(warningWindow)) && !warning.isAfter(failureDay);
    }

    static String describe(Period period) {
        if (period.getDays() == 0 && period.getYears() == 0) {
            return period.getMonths() + (period.getMonths() == 1 ? " month" : " months");
        }
        if (period.getDays() == 0 && period.getMonths() == 0) {
            return period.getYears() * 12 + " months";
        }
        return period.toTotalMonths() + " months and " + period.getDays() + " days";
    }
}
