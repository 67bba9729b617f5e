package org.throughcare.common;

import java.util.List;

/**
 * A domain rule refused the change. Carries the form field it belongs to (or null for the whole form)
 * and a message written for the user, so controllers can show it as a GOV.UK field error.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;

    public RuleViolationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /**
     * The optimistic-lock check every edit form makes: refuses the change when someone else saved the record
     * after the form was opened at {@code submitted}. {@code what} names it after "this": "team", "custody suite".
     */
    public static void checkVersion(long current, long submitted, String what) {
        if (current != submitted) {
            throw new RuleViolationException(
                    null,
                    "Someone else changed this " + what + " while you were editing, so your changes were not saved. "
                            + "Open it again to see their changes, then make yours");
        }
    }

    /** Every problem this refusal reports: just itself, or several (see {@link RuleViolations}). */
    public List<RuleViolationException> violations() {
        return List.of(this);
    }
}
