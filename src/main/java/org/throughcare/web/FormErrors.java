package org.throughcare.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.RuleViolationException;

import java.util.function.Function;
import java.util.function.Supplier;

/** Shows a domain rule's refusal on the form, next to its field or at the top when it has none. */
public final class FormErrors {

    private static final Logger log = LoggerFactory.getLogger(FormErrors.class);

    private FormErrors() {}

    /**
     * The one way a form is submitted: when it is valid, run the action (which saves, sets the flash
     * message and returns the redirect); when validation or a domain rule fails, show the form again
     * with the errors. Nothing is saved in the failing case: the service's transaction rolls back.
     */
    public static String submit(BindingResult result, Supplier<String> action, Supplier<String> showForm) {
        return submit(result, action, showForm, null);
    }

    /**
     * As {@link #submit(BindingResult, java.util.function.Supplier, java.util.function.Supplier)}, but when
     * the refusal concerns the action itself (no problem belongs to a field), {@code whenActionRefused}
     * decides where to go instead of showing the form again.
     */
    public static String submit(
            BindingResult result,
            Supplier<String> action,
            Supplier<String> showForm,
            Function<RuleViolationException, String> whenActionRefused) {
        if (result.hasErrors()) {
            return showForm.get();
        }
        try {
            return action.get();
        } catch (DataIntegrityViolationException refused) {
            // Nothing was saved (the transaction rolled back): the form comes back with what was typed.
            IntegrityViolation violation = IntegrityViolation.of(refused);
            log.warn("Database constraint {} refused a form submission", violation.constraint());
            result.reject(violation.messageCode(), violation.defaultMessage());
            return showForm.get();
        } catch (RuleViolationException violation) {
            if (whenActionRefused != null && violation.violations().stream().allMatch(v -> v.field() == null)) {
                return whenActionRefused.apply(violation);
            }
            reject(result, violation);
            return showForm.get();
        }
    }

    /**
     * The one way a single-button action (disable, unlock, add from a small inline form) is taken: run it
     * and say it was done, or show why a rule refused it; either way go back to {@code target}.
     */
    public static String act(RedirectAttributes redirect, Runnable action, String success, String target) {
        try {
            action.run();
            redirect.addFlashAttribute("successMessage", success);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("errorMessage", refused.getMessage());
        }
        return "redirect:" + target;
    }

    /** Shows every problem of the refusal, each next to its field (or at the top). */
    public static void reject(BindingResult result, RuleViolationException refusal) {
        refusal.violations().forEach(violation -> rejectOne(result, violation));
    }

    private static void rejectOne(BindingResult result, RuleViolationException violation) {
        if (violation.field() != null
                && result.getTarget() != null
                && BeanUtils.getPropertyDescriptor(
                                result.getTarget().getClass(), violation.field().split("\\.")[0])
                        != null) {
            result.rejectValue(violation.field(), "rule", violation.getMessage());
        } else {
            result.reject("rule", violation.getMessage());
        }
    }
}
