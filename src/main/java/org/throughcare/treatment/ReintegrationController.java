package org.throughcare.treatment;

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
import org.throughcare.referral.ReferralDirectory;
import org.throughcare.user.ForWorkers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;

import java.util.Arrays;

/** Recording a reintegration need and its outcome; both go back to the person page's treatment section. */
@Controller
class ReintegrationController {

    private final ReintegrationService needs;
    private final ReferralDirectory referrals;
    private final PersonLookup people;
    private final Formats formats;

    ReintegrationController(
            ReintegrationService needs, ReferralDirectory referrals, PersonLookup people, Formats formats) {
        this.needs = needs;
        this.referrals = referrals;
        this.people = people;
        this.formats = formats;
    }

    @GetMapping("/people/{personId}/reintegration/new")
    @ForWorkers
    String newNeed(@PathVariable Long personId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("needForm", new NeedForm());
        return showNeedForm(personId, model, user);
    }

    @PostMapping("/people/{personId}/reintegration/new")
    @ForWorkers
    String record(
            @PathVariable Long personId,
            @Valid @ModelAttribute("needForm") NeedForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    needs.record(
                            personId,
                            form.getArea(),
                            form.getNeed(),
                            form.getActionAgreed(),
                            form.getReferralId(),
                            form.getIdentifiedOn().toLocalDate(),
                            user);
                    redirect.addFlashAttribute("successMessage", "Reintegration need recorded");
                    return "redirect:/people/" + personId + "#treatment";
                },
                () -> showNeedForm(personId, model, user));
    }

    @GetMapping("/reintegration/{needId}/outcome")
    @ForWorkers
    String outcomeForm(@PathVariable Long needId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("outcomeForm", new NeedOutcomeForm());
        return showOutcomeForm(needs.need(needId, user), model, user);
    }

    @PostMapping("/reintegration/{needId}/outcome")
    @ForWorkers
    String recordOutcome(
            @PathVariable Long needId,
            @Valid @ModelAttribute("outcomeForm") NeedOutcomeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        ReintegrationNeed need = needs.need(needId, user);
        String back = "redirect:/people/" + need.getPersonId() + "#treatment";
        return FormErrors.submit(
                result,
                () -> {
                    needs.recordOutcome(needId, form.getOutcome(), form.getOn().toLocalDate(), user);
                    redirect.addFlashAttribute("successMessage", "Outcome recorded");
                    return back;
                },
                () -> showOutcomeForm(need, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return back;
                });
    }

    private String showNeedForm(Long personId, Model model, SignedInUser user) {
        model.addAttribute("personId", personId);
        model.addAttribute("personName", people.name(personId, user));
        model.addAttribute(
                "areaOptions",
                Arrays.stream(ReintegrationArea.values())
                        .map(a -> Option.of(a, a.label()))
                        .toList());
        model.addAttribute(
                "referralOptions",
                referrals.referralsOf(personId, user).stream()
                        .map(r -> Option.of(r.id(), r.providerName() + ", sent " + formats.dateTime(r.sentAt())))
                        .toList());
        return "treatment/need-form";
    }

    private String showOutcomeForm(ReintegrationNeed need, Model model, SignedInUser user) {
        model.addAttribute("need", need);
        model.addAttribute("personName", people.name(need.getPersonId(), user));
        model.addAttribute(
                "outcomeOptions",
                Arrays.stream(NeedOutcome.values())
                        .map(o -> Option.of(o, o.label()))
                        .toList());
        return "treatment/need-outcome";
    }
}
