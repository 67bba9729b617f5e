package org.throughcare.common;

import java.util.List;

/**
 * Whether a record's state allows an action, and if not, why, in words for the user. Each aggregate
 * answers this in one place ({@code allows(action)}) so that the rules, the controller guards and the
 * links a page shows all ask the same question and give the same reason.
 */
public record Allowed(String refusal) {

    private static final Allowed YES = new Allowed(null);

    public static Allowed yes() {
        return YES;
    }

    public static Allowed no(String refusal) {
        if (refusal == null || refusal.isBlank()) {
            throw new IllegalArgumentException("A refusal says why");
        }
        return new Allowed(refusal);
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    /** The refusal as a problem for the whole form (no field), for rules that go on to check the fields. */
    public List<RuleViolationException> problems() {
        return isAllowed() ? List.of() : List.of(new RuleViolationException(null, refusal));
    }
}
