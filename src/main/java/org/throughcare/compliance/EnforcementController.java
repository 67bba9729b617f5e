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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForProbationOfficers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The enforcement decision after a failure to comply, and the result of a breach. */
@Controller
class EnforcementController {

    private final Enforcement enforcement;
    private final PersonLookup people;
    private final Formats formats;
    private final ChecklistService checklists;
    private final CompliancePages pages;

    EnforcementController(
            Enforcement enforcement,
            PersonLookup people,
            Formats formats,
            ChecklistService checklists,
            CompliancePages pages) {
        this.enforcement = enforcement;
        this.people = people;
        this.formats = formats;
        this.checklists = checklists;
        this.pages = pages;
    }

    @GetMapping("/appointments/{appointmentId}/enforcement")
    @ForProbationOfficers
    String decisionForm(
            @PathVariable Long appointmentId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Enforcement.Pending pending;
        try {
            pending = enforcement.pending(appointmentId, user);
        } catch (RuleViolationException notAFailure) {
            redirect.addFlashAttribute("errorMessage", notAFailure.getMessage());
            return "redirect:/appointments/" + appointmentId + "/outcome";
        }
        EnforcementForm form = new EnforcementForm();
        if (pending.choice().allowed().size() == 1) {
            form.setKind(pending.choice().allowed().iterator().next());
        }
        model.addAttribute("enforcementForm", form);
        return showDecision(pending, model, user);
    }

    @PostMapping("/appointments/{appointmentId}/enforcement")
    @ForProbationOfficers
    String decide(
            @PathVariable Long appointmentId,
            @Valid @ModelAttribute("enforcementForm") EnforcementForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Enforcement.Pending pending;
        try {
            pending = enforcement.pending(appointmentId, user);
        } catch (RuleViolationException notAFailure) {
            redirect.addFlashAttribute("errorMessage", notAFailure.getMessage());
            return "redirect:/appointments/" + appointmentId + "/outcome";
        }
        String orderPage = AppointmentController.orderPage(pending.failure().getOrderId(), "enforcement");
        return FormErrors.submit(
                result,
                () -> {
                    EnforcementAction action = enforcement.decide(
                            appointmentId, form.getKind(), form.getDecidedOn().toLocalDate(), form.getNotes(), user);
                    redirect.addFlashAttribute(
                            "successMessage",
                            action.getKind() == EnforcementKind.WARNING
                                    ? "Warning recorded: send the warning letter by "
                                            + formats.date(enforcement.warningLetterDue(action.getDecidedOn()))
                                    : "Breach action recorded");
                    return "redirect:" + orderPage;
                },
                () -> showDecision(pending, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return "redirect:" + orderPage;
                });
    }

    @GetMapping("/enforcement/{actionId}/result")
    @ForProbationOfficers
    String resultForm(@PathVariable Long actionId, Model model, @AuthenticationPrincipal SignedInUser user) {
        EnforcementAction action = enforcement.action(actionId, user);
        BreachResultForm form = new BreachResultForm();
        form.setVersion(action.getVersion());
        model.addAttribute("breachResultForm", form);
        return showResult(action, model, user);
    }

    @PostMapping("/enforcement/{actionId}/result")
    @ForProbationOfficers
    String recordResult(
            @PathVariable Long actionId,
            @Valid @ModelAttribute("breachResultForm") BreachResultForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        EnforcementAction action = enforcement.action(actionId, user);
        String orderPage = AppointmentController.orderPage(action.getOrderId(), "enforcement");
        return FormErrors.submit(
                result,
                () -> {
                    EnforcementAction resolved = enforcement.recordResult(
                            actionId, form.getResult(), form.getResolvedOn().toLocalDate(), form.getVersion(), user);
                    redirect.addFlashAttribute(
                            "successMessage",
                            "Result of the breach recorded: "
                                    + resolved.getResolution().label().toLowerCase(Locale.UK));
                    return "redirect:" + orderPage;
                },
                () -> showResult(action, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return "redirect:" + orderPage;
                });
    }

    private String showDecision(Enforcement.Pending pending, Model model, SignedInUser user) {
        Appointment failure = pending.failure();
        model.addAttribute("failure", failure);
        model.addAttribute(
                "failureText",
                failure.getOutcome().label() + ": " + failure.getKind().label().toLowerCase(Locale.UK)
                        + " appointment on " + formats.dateTime(failure.getStartsAt()));
        model.addAttribute("personName", people.name(failure.getPersonId(), user));
        model.addAttribute(
                "barrierHighlights",
                failure.getAbsenceReason() == null
                        ? List.of()
                        : pages.barrierHighlights(List.of(failure), checklists.presentBarriers(failure.getOrderId())));
        model.addAttribute("choice", pending.choice());
        model.addAttribute("breachRequired", pending.choice().allowed().size() == 1);
        model.addAttribute(
                "kindOptions",
                Arrays.stream(EnforcementKind.values())
                        .filter(pending.choice()::allows)
                        .map(k -> Option.of(k.name(), k.label()))
                        .toList());
        model.addAttribute("decided", pending.decided().orElse(null));
        pending.decided()
                .filter(a -> a.getKind() == EnforcementKind.WARNING)
                .ifPresent(a ->
                        model.addAttribute("letterDue", formats.date(enforcement.warningLetterDue(a.getDecidedOn()))));
        return "compliance/enforcement-form";
    }

    private String showResult(EnforcementAction action, Model model, SignedInUser user) {
        model.addAttribute("action", action);
        model.addAttribute("personName", people.name(action.getPersonId(), user));
        model.addAttribute("decidedText", "Breach action taken on " + formats.date(action.getDecidedOn()));
        model.addAttribute("resultOptions", Option.fromEnum(BreachResult.class, BreachResult::label));
        return "compliance/breach-result-form";
    }
}
