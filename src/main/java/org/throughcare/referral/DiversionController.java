package org.throughcare.referral;

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
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForWorkers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;

import java.util.Arrays;

/** Recording a diversion or out-of-court disposal and its outcome; both go back to the person page's section. */
@Controller
class DiversionController {

    private final DiversionService diversions;
    private final PersonLookup people;

    DiversionController(DiversionService diversions, PersonLookup people) {
        this.diversions = diversions;
        this.people = people;
    }

    @GetMapping("/people/{personId}/diversions/new")
    @ForWorkers
    String newDiversion(@PathVariable Long personId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("diversionForm", new DiversionForm());
        return showForm(personId, model, user);
    }

    @PostMapping("/people/{personId}/diversions/new")
    @ForWorkers
    String record(
            @PathVariable Long personId,
            @Valid @ModelAttribute("diversionForm") DiversionForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    diversions.record(
                            personId,
                            form.getKind(),
                            form.getScheme(),
                            form.getConditions(),
                            form.getGivenOn().toLocalDate(),
                            form.getDeadline().toLocalDate(),
                            user);
                    redirect.addFlashAttribute("successMessage", "Diversion recorded");
                    return "redirect:/people/" + personId + "#diversions";
                },
                () -> showForm(personId, model, user));
    }

    @GetMapping("/diversions/{diversionId}/outcome")
    @ForWorkers
    String outcomeForm(@PathVariable Long diversionId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("outcomeForm", new DiversionOutcomeForm());
        return showOutcomeForm(diversions.diversion(diversionId, user), model, user);
    }

    @PostMapping("/diversions/{diversionId}/outcome")
    @ForWorkers
    String recordOutcome(
            @PathVariable Long diversionId,
            @Valid @ModelAttribute("outcomeForm") DiversionOutcomeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Diversion diversion = diversions.diversion(diversionId, user);
        String back = "redirect:/people/" + diversion.getPersonId() + "#diversions";
        return FormErrors.submit(
                result,
                () -> {
                    diversions.recordOutcome(
                            diversionId, form.getOutcome(), form.getOn().toLocalDate(), form.getNotes(), user);
                    redirect.addFlashAttribute("successMessage", "Outcome recorded");
                    return back;
                },
                () -> showOutcomeForm(diversion, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return back;
                });
    }

    private String showForm(Long personId, Model model, SignedInUser user) {
        model.addAttribute("personId", personId);
        model.addAttribute("personName", people.name(personId, user));
        model.addAttribute(
                "kindOptions",
                Arrays.stream(DiversionKind.values())
                        .map(k -> Option.of(k, k.label()))
                        .toList());
        return "referral/diversion-form";
    }

    private String showOutcomeForm(Diversion diversion, Model model, SignedInUser user) {
        model.addAttribute("diversion", diversion);
        model.addAttribute("personName", people.name(diversion.getPersonId(), user));
        model.addAttribute(
                "outcomeOptions",
                Arrays.stream(DiversionOutcome.values())
                        .map(o -> Option.of(o, o.label()))
                        .toList());
        return "referral/diversion-outcome";
    }
}
