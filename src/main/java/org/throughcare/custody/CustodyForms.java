package org.throughcare.custody;

import org.springframework.validation.BindingResult;
import org.throughcare.common.RuleViolationException;
import org.throughcare.web.FormErrors;

import java.util.List;

/** Shows a service's refusal on a form: every problem when several rules refused at once. */
final class CustodyForms {

    private CustodyForms() {
    }

    static void reject(BindingResult result, RuleViolationException violation) {
        violations(violation).forEach(v -> FormErrors.reject(result, v));
    }

    /** True when no problem belongs to a field: the action itself was refused, not what was typed. */
    static boolean refusesTheAction(RuleViolationException violation) {
        return violations(violation).stream().allMatch(v -> v.field() == null);
    }

    static List<RuleViolationException> violations(RuleViolationException violation) {
        return violation instanceof RuleViolations many ? many.violations() : List.of(violation);
    }
}
