package org.throughcare.dashboard;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.user.ForManagers;
import org.throughcare.user.ForManagersAndAdministrators;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.PageLinks;

/**
 * Local programmes: the list, a programme's page with its description, partners, self-assessment and figures, and
 * the forms a manager changes them with. Administrators read every area's programmes and change none.
 */
@Controller
class ProgrammeController {

    static final int PAGE_SIZE = 25;

    private final Programmes programmes;
    private final ProgrammePage page;

    ProgrammeController(Programmes programmes, ProgrammePage page) {
        this.programmes = programmes;
        this.page = page;
    }

    @GetMapping("/programmes")
    @ForManagersAndAdministrators
    String list(@RequestParam(required = false) Integer page, Model model, @AuthenticationPrincipal SignedInUser user) {
        var found = programmes.list(user, PageLinks.index(page), PAGE_SIZE);
        model.addAttribute("listHead", ProgrammePage.LIST_HEAD);
        model.addAttribute("listRows", ProgrammePage.listRows(found.getContent()));
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("canAdd", user.role() == Role.MANAGER);
        model.addAttribute("areaName", user.areaName());
        return "dashboard/programmes";
    }

    @GetMapping("/programmes/{id}")
    @ForManagersAndAdministrators
    String programme(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user) {
        page.show(id, model, user);
        return "dashboard/programme";
    }

    @GetMapping("/programmes/new")
    @ForManagers
    String newForm(Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("programmeForm", new ProgrammeForm());
        return page.descriptionForm(null, model, user);
    }

    @PostMapping("/programmes/new")
    @ForManagers
    String create(
            @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    Programme created = programmes.create(form.details(), user);
                    redirect.addFlashAttribute("successMessage", "Programme " + created.getName() + " added");
                    return "redirect:/programmes/" + created.getId();
                },
                () -> page.descriptionForm(null, model, user));
    }

    @GetMapping("/programmes/{id}/edit")
    @ForManagers
    String editForm(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("programmeForm", ProgrammeForm.of(programmes.programme(id, user)));
        return page.descriptionForm(id, model, user);
    }

    @PostMapping("/programmes/{id}/edit")
    @ForManagers
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    programmes.update(id, form.details(), form.getVersion(), user);
                    redirect.addFlashAttribute("successMessage", "Programme description saved");
                    return "redirect:/programmes/" + id;
                },
                () -> page.descriptionForm(id, model, user));
    }

    @GetMapping("/programmes/{id}/partners/new")
    @ForManagers
    String partnerForm(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("partnerForm", new PartnerForm());
        return page.partnerForm(id, model, user);
    }

    @PostMapping("/programmes/{id}/partners/new")
    @ForManagers
    String addPartner(
            @PathVariable Long id,
            @Valid @ModelAttribute("partnerForm") PartnerForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    ProgrammePartner partner = programmes.addPartner(
                            id,
                            form.getAgency(),
                            form.getSector(),
                            form.getResponsibilities(),
                            form.getTraining(),
                            form.getTrainedOn().toLocalDate(),
                            user);
                    redirect.addFlashAttribute("successMessage", partner.getAgency() + " added as a partner");
                    return "redirect:/programmes/" + id + "#partners";
                },
                () -> page.partnerForm(id, model, user));
    }

    /** Removing a partner asks first: the partner's roles and training would have to be typed again. */
    @GetMapping("/programmes/{id}/partners/{partnerId}/remove")
    @ForManagers
    String confirmRemovePartner(
            @PathVariable Long id,
            @PathVariable Long partnerId,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("programme", programmes.programme(id, user));
        model.addAttribute("partner", programmes.partnerToRemove(id, partnerId, user));
        return "dashboard/remove-partner";
    }

    @PostMapping("/programmes/{id}/partners/{partnerId}/remove")
    @ForManagers
    String removePartner(
            @PathVariable Long id,
            @PathVariable Long partnerId,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        String agency = programmes.removePartner(id, partnerId, user);
        redirect.addFlashAttribute("successMessage", agency + " removed as a partner");
        return "redirect:/programmes/" + id + "#partners";
    }

    @GetMapping("/programmes/{id}/success-factors/{factor}")
    @ForManagers
    String assessmentForm(
            @PathVariable Long id,
            @PathVariable String factor,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        SuccessFactor successFactor = factor(factor);
        model.addAttribute(
                "selfAssessmentForm",
                SelfAssessmentForm.of(programmes.assessments(id, user).get(successFactor)));
        return page.assessmentForm(id, successFactor, model, user);
    }

    @PostMapping("/programmes/{id}/success-factors/{factor}")
    @ForManagers
    String assess(
            @PathVariable Long id,
            @PathVariable String factor,
            @Valid @ModelAttribute("selfAssessmentForm") SelfAssessmentForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        SuccessFactor successFactor = factor(factor);
        return FormErrors.submit(
                result,
                () -> {
                    programmes.assess(
                            id,
                            successFactor,
                            form.getRating(),
                            form.getEvidence(),
                            form.getReviewOn().toLocalDate(),
                            user);
                    redirect.addFlashAttribute("successMessage", successFactor.label() + ": self-assessment saved");
                    return "redirect:/programmes/" + id + "#success-factors";
                },
                () -> page.assessmentForm(id, successFactor, model, user));
    }

    private static SuccessFactor factor(String slug) {
        return SuccessFactor.fromSlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such success factor"));
    }
}
