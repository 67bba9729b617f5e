package org.throughcare.compliance;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.order.OrderDirectory;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForProbationOfficers;
import org.throughcare.user.ForProbationOfficersAndManagers;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;

import java.util.List;

/**
 * The compliance checklist of an order: its page (the latest revision and every revision), the form for a new
 * revision, and the comparison of two revisions. Probation officers record; they and managers read.
 */
@Controller
class ChecklistController {

    static final List<Option> YES_NO = List.of(Option.of("true", "Yes"), Option.of("false", "No"));

    private final ChecklistService checklists;
    private final ChecklistPages pages;
    private final OrderDirectory orders;
    private final PersonLookup people;

    ChecklistController(ChecklistService checklists, ChecklistPages pages, OrderDirectory orders, PersonLookup people) {
        this.checklists = checklists;
        this.pages = pages;
        this.orders = orders;
        this.people = people;
    }

    @GetMapping("/orders/{orderId}/checklist")
    @ForProbationOfficersAndManagers
    String checklist(@PathVariable Long orderId, Model model, @AuthenticationPrincipal SignedInUser user) {
        ChecklistService.ChecklistRecord record = checklists.view(orderId, user);
        model.addAttribute("page", pages.page(record, canChange(record, user)));
        model.addAttribute("personName", people.name(record.order().personId(), user));
        return "compliance/checklist-page";
    }

    @GetMapping("/orders/{orderId}/checklist/new")
    @ForProbationOfficers
    String newRevision(
            @PathVariable Long orderId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        ChecklistService.ChecklistRecord record = forChange(orderId, user, redirect);
        if (record == null) {
            return refused(orderId);
        }
        ChecklistForm form = ChecklistForm.from(record.latest());
        if (record.latest() == null) {
            form.setReason(ChecklistReason.START);
        } else if (record.status().due()) {
            form.setReason(ChecklistReason.AFTER_FAILURE);
        }
        model.addAttribute("checklistForm", form);
        return showForm(record, model, user);
    }

    @PostMapping("/orders/{orderId}/checklist/new")
    @ForProbationOfficers
    String recordRevision(
            @PathVariable Long orderId,
            @Valid @ModelAttribute("checklistForm") ChecklistForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        ChecklistService.ChecklistRecord record = forChange(orderId, user, redirect);
        if (record == null) {
            return refused(orderId);
        }
        List<RuleViolationException> formProblems = form.formProblems();
        if (!formProblems.isEmpty()) {
            reject(result, new RuleViolations(formProblems));
        }
        return FormErrors.submit(
                result,
                () -> {
                    try {
                        Checklist saved = checklists.record(orderId, form.toAnswers(), user);
                        redirect.addFlashAttribute(
                                "successMessage", "Compliance checklist revision " + saved.getRevision() + " saved");
                        return "redirect:/orders/" + orderId + "/checklist";
                    } catch (RuleViolationException refused) {
                        if (refused.violations().stream().allMatch(v -> v.field() == null)) {
                            throw refused;
                        }
                        // The barriers' fields are indexed (barriers[3].strategy): shown next to their field.
                        reject(result, refused);
                        return showForm(record, model, user);
                    }
                },
                () -> showForm(record, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return refused(orderId);
                });
    }

    @GetMapping("/orders/{orderId}/checklist/compare")
    @ForProbationOfficersAndManagers
    String compare(
            @PathVariable Long orderId,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        ChecklistService.ChecklistCompared compared = checklists.compare(orderId, from, to, user);
        model.addAttribute("orderId", orderId);
        model.addAttribute("personName", people.name(compared.order().personId(), user));
        model.addAttribute("revisionOptions", pages.revisionOptions(compared.revisions()));
        model.addAttribute(
                "comparison", compared.comparison() == null ? null : pages.comparison(compared.comparison()));
        return "compliance/checklist-compare";
    }

    private String showForm(ChecklistService.ChecklistRecord record, Model model, SignedInUser user) {
        model.addAttribute("orderId", record.order().id());
        model.addAttribute("orderLabel", record.order().label());
        model.addAttribute("personName", people.name(record.order().personId(), user));
        model.addAttribute("first", record.latest() == null);
        model.addAttribute(
                "revision", record.latest() == null ? 1 : record.latest().getRevision() + 1);
        model.addAttribute(
                "reasonOptions",
                List.of(
                        Option.of(ChecklistReason.AFTER_FAILURE.name(), ChecklistReason.AFTER_FAILURE.label()),
                        Option.of(ChecklistReason.REVIEW.name(), ChecklistReason.REVIEW.label())));
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("fieldOrder", ChecklistForm.fieldOrder());
        return "compliance/checklist-form";
    }

    /** The order and its latest revision for the form, or null (with the reason to show) when it takes no changes. */
    private ChecklistService.ChecklistRecord forChange(Long orderId, SignedInUser user, RedirectAttributes redirect) {
        try {
            return checklists.forChange(orderId, user);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("errorMessage", refused.getMessage());
            return null;
        }
    }

    private static String refused(Long orderId) {
        return "redirect:/orders/" + orderId + "/checklist";
    }

    private boolean canChange(ChecklistService.ChecklistRecord record, SignedInUser user) {
        return RoleGroup.PROBATION_OFFICERS.includes(user.role())
                && orders.allowsChange(record.order(), user).isAllowed();
    }

    /** Every problem next to its field, indexed ones ({@code barriers[3].strategy}) included. */
    private static void reject(BindingResult result, RuleViolationException refusal) {
        for (RuleViolationException problem : refusal.violations()) {
            if (problem.field() == null) {
                result.reject("rule", problem.getMessage());
            } else {
                result.rejectValue(problem.field(), "rule", problem.getMessage());
            }
        }
    }
}
