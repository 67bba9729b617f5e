package org.throughcare.referral;

import org.throughcare.common.Allowed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.throughcare.referral.ReferralStep.*;

/**
 * The one definition of which step may follow which, as a table: from each status, the steps that may be
 * recorded next. A step out of order is refused with what must be recorded first. Times must not go
 * backwards, nor into the future; retention is counted from the first appointment attended.
 */
final class ReferralLifecycle {

    /** The forward path, in order: a step out of turn is told which of these come first. */
    private static final List<ReferralStep> FORWARD = List.of(ACKNOWLEDGED, ASSESSED, ENGAGED, RETAINED);

    static final Map<ReferralStatus, Set<ReferralStep>> NEXT = new EnumMap<>(ReferralStatus.class);

    static {
        NEXT.put(ReferralStatus.SENT, EnumSet.of(ACKNOWLEDGED, DECLINED_BY_PERSON, REJECTED_BY_SERVICE, WITHDRAWN));
        NEXT.put(
                ReferralStatus.ACKNOWLEDGED,
                EnumSet.of(ASSESSED, DECLINED_BY_PERSON, DID_NOT_ENGAGE, REJECTED_BY_SERVICE, WITHDRAWN));
        NEXT.put(
                ReferralStatus.ASSESSED,
                EnumSet.of(ENGAGED, DECLINED_BY_PERSON, DID_NOT_ENGAGE, REJECTED_BY_SERVICE, TRANSFERRED));
        NEXT.put(ReferralStatus.ENGAGED, EnumSet.of(RETAINED, COMPLETED, DID_NOT_ENGAGE, TRANSFERRED));
        NEXT.put(ReferralStatus.RETAINED, EnumSet.of(COMPLETED, DID_NOT_ENGAGE, TRANSFERRED));
        for (ReferralStatus status : ReferralStatus.values()) {
            NEXT.putIfAbsent(status, EnumSet.noneOf(ReferralStep.class));
        }
    }

    private ReferralLifecycle() {}

    /** The steps that may be recorded next, in the order the referral page offers them. */
    static List<ReferralStep> next(ReferralStatus status) {
        return List.copyOf(NEXT.get(status));
    }

    /** Whether the step may follow the status; if not, what the worker must know. */
    static Allowed allows(ReferralStatus status, ReferralStep step) {
        if (NEXT.get(status).contains(step)) {
            return Allowed.yes();
        }
        if (status.ended()) {
            return Allowed.no("This referral has ended (" + status.label().toLowerCase(Locale.UK)
                    + "): nothing more can be recorded on it");
        }
        int wanted = FORWARD.indexOf(step);
        int reached = status == ReferralStatus.SENT ? -1 : FORWARD.indexOf(ReferralStep.valueOf(status.name()));
        if (wanted > reached + 1) {
            String first = FORWARD.subList(reached + 1, wanted).stream()
                    .map(s -> s.label().toLowerCase(Locale.UK))
                    .collect(Collectors.joining(" and "));
            return Allowed.no("“" + step.label() + "” can't be recorded yet: record " + first + " first");
        }
        if (step == COMPLETED) {
            return Allowed.no("“Completed” can only follow the first appointment attended");
        }
        return Allowed.no("“" + step.label() + "” can't be recorded now: the referral is "
                + status.label().toLowerCase(Locale.UK) + ". Next it can be: "
                + next(status).stream()
                        .map(s -> s.label().toLowerCase(Locale.UK))
                        .collect(Collectors.joining(", ")));
    }

    /**
     * Refusals for recording the step at the time: out of order, before the step it follows, in the future,
     * or retention before the period has run from engagement.
     */
    static List<String> check(
            Referral referral,
            ReferralStep step,
            Instant at,
            Instant now,
            Duration retainedAfter,
            Function<Instant, String> dateTime) {
        List<String> problems = new ArrayList<>();
        Allowed allowed = allows(referral.status(), step);
        if (!allowed.isAllowed()) {
            problems.add(allowed.refusal());
            return problems;
        }
        if (at.isAfter(now)) {
            problems.add("The time must be in the past");
        }
        Instant last = referral.lastStepAt();
        if (at.isBefore(last)) {
            problems.add("The time must be after the referral was "
                    + referral.status().label().toLowerCase(Locale.UK).replace("awaiting acknowledgement", "sent")
                    + ", on " + dateTime.apply(last));
        }
        if (step == RETAINED && referral.getEngagedAt() != null) {
            Instant due = referral.getEngagedAt().plus(retainedAfter);
            if (at.isBefore(due)) {
                problems.add("Retention can be recorded from " + dateTime.apply(due) + ": "
                        + retainedAfter.toDays() / 7 + " weeks after the first appointment attended on "
                        + dateTime.apply(referral.getEngagedAt()));
            }
        }
        return problems;
    }
}
