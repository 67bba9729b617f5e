package org.throughcare.web;

import org.springframework.validation.BindingResult;
import org.throughcare.common.RuleViolationException;

/** Shows a domain rule's refusal on the form, next to its field or at the top when it has none. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, RuleViolationException violation) {
        if (violation.field() != null && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(),
                violation.field().split("\\.")[0]) != null) {
            result.rejectValue(violation.field(), "rule", violation.getMessage());
        } else {
            result.reject("rule", violation.getMessage());
        }
    }
}
