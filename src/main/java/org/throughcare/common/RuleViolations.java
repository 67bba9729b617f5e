package org.throughcare.common;

import java.util.List;

/**
 * Several rules refused the change at once, so the form can show every problem in one go. Behaves as
 * the first of them for callers that only know {@link RuleViolationException}.
 */
public class RuleViolations extends RuleViolationException {

    private final List<RuleViolationException> violations;

    public RuleViolations(List<RuleViolationException> violations) {
        super(violations.get(0).field(), violations.get(0).getMessage());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<RuleViolationException> violations() {
        return violations;
    }

    /** Throws the problems found, if any. */
    public static void throwIfAny(List<RuleViolationException> problems) {
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolations(problems);
        }
    }
}
