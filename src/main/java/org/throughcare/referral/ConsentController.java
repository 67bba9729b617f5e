package org.throughcare.referral;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
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

/** Recording a person's consent, and its withdrawal; both go back to the person page's consent section. */
@Controller
class ConsentController {

    private final ConsentService consents;
    private final PersonLookup people;

    ConsentController(ConsentService consents, PersonLookup people) {
        this.consents = consents;
        this.people = people;
    }

    @GetMapping("/people/{personId}/consent/new")
    @ForWorkers
    String newConsent(@PathVariable Long personId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("consentForm", new ConsentForm());
        return showForm(personId, model, user);
    }

    @PostMapping("/people/{personId}/consent/new")
    @ForWorkers
    String record(
            @PathVariable Long personId,
            @Valid @ModelAttribute("consentForm") ConsentForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    consents.record(personId, form.chosen(), form.getHow(), form.at(), user);
                    redirect.addFlashAttribute("successMessage", "Consent recorded");
                    return "redirect:/people/" + personId + "#consent";
                },
                () -> showForm(personId, model, user));
    }

    @GetMapping("/consent/{consentId}/withdraw")
    @ForWorkers
    String withdrawForm(
            @PathVariable Long consentId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Consent consent = consents.consent(consentId, user);
        var allowed = consent.allows(Consent.Action.WITHDRAW);
        if (!allowed.isAllowed()) {
            redirect.addFlashAttribute("errorMessage", allowed.refusal());
            return "redirect:/people/" + consent.getPersonId() + "#consent";
        }
        model.addAttribute("withdrawForm", new WithdrawConsentForm());
        return showWithdrawForm(consent, model, user);
    }

    @PostMapping("/consent/{consentId}/withdraw")
    @ForWorkers
    String withdraw(
            @PathVariable Long consentId,
            @Valid @ModelAttribute("withdrawForm") WithdrawConsentForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Consent consent = consents.consent(consentId, user);
        return FormErrors.submit(
                result,
                () -> {
                    consents.withdraw(consentId, form.at(), form.getReason(), user);
                    redirect.addFlashAttribute("successMessage", "Consent withdrawn");
                    return "redirect:/people/" + consent.getPersonId() + "#consent";
                },
                () -> showWithdrawForm(consent, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return "redirect:/people/" + consent.getPersonId() + "#consent";
                });
    }

    private String showForm(Long personId, Model model, SignedInUser user) {
        model.addAttribute("personId", personId);
        model.addAttribute("personName", people.name(personId, user));
        model.addAttribute(
                "itemOptions",
                ConsentItem.all().stream()
                        .map(i -> Option.of(i.code(), StringUtils.capitalize(i.label())))
                        .toList());
        model.addAttribute(
                "howOptions",
                Arrays.stream(ConsentMethod.values())
                        .map(m -> Option.of(m, m.label()))
                        .toList());
        return "referral/consent-form";
    }

    private String showWithdrawForm(Consent consent, Model model, SignedInUser user) {
        model.addAttribute("consent", consent);
        model.addAttribute("what", consent.item().label());
        model.addAttribute("personName", people.name(consent.getPersonId(), user));
        return "referral/consent-withdraw";
    }
}
