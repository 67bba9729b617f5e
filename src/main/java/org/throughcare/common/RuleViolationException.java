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

    /** Every problem this refusal reports: just itself, or several (see {@link RuleViolations}). */
    public List<RuleViolationException> violations() {
        return List.of(this);
    }
}
