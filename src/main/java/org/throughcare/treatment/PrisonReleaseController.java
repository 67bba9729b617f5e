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
import org.throughcare.user.ForWorkers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;

import java.util.List;

/** Recording a release from prison and the first community treatment appointment after it. */
@Controller
class PrisonReleaseController {

    static final List<Option> YES_NO = List.of(Option.of("true", "Yes"), Option.of("false", "No"));

    private final PrisonReleases releases;
    private final PersonLookup people;

    PrisonReleaseController(PrisonReleases releases, PersonLookup people) {
        this.releases = releases;
        this.people = people;
    }

    @GetMapping("/people/{personId}/releases/new")
    @ForWorkers
    String releaseForm(@PathVariable Long personId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("releaseForm", new ReleaseForm());
        return showReleaseForm(personId, model, user);
    }

    @PostMapping("/people/{personId}/releases/new")
    @ForWorkers
    String recordRelease(
            @PathVariable Long personId,
            @Valid @ModelAttribute("releaseForm") ReleaseForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    releases.recordRelease(
                            personId,
                            form.getReleasedOn().toLocalDate(),
                            form.getPrison(),
                            form.getNaloxone(),
                            form.getContinuityReferral(),
                            user);
                    redirect.addFlashAttribute("successMessage", "Release from prison recorded");
                    return "redirect:/people/" + personId + "#treatment";
                },
                () -> showReleaseForm(personId, model, user));
    }

    @GetMapping("/releases/{releaseId}/first-appointment")
    @ForWorkers
    String firstAppointmentForm(@PathVariable Long releaseId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("dayForm", new DayForm());
        return showFirstAppointmentForm(releases.release(releaseId, user), model, user);
    }

    @PostMapping("/releases/{releaseId}/first-appointment")
    @ForWorkers
    String recordFirstAppointment(
            @PathVariable Long releaseId,
            @Valid @ModelAttribute("dayForm") DayForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        PrisonRelease release = releases.release(releaseId, user);
        return FormErrors.submit(
                result,
                () -> {
                    releases.recordFirstAppointment(releaseId, form.getOn().toLocalDate(), user);
                    redirect.addFlashAttribute("successMessage", "First community treatment appointment recorded");
                    return "redirect:/people/" + release.getPersonId() + "#treatment";
                },
                () -> showFirstAppointmentForm(release, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return "redirect:/people/" + release.getPersonId() + "#treatment";
                });
    }

    private String showReleaseForm(Long personId, Model model, SignedInUser user) {
        model.addAttribute("personId", personId);
        model.addAttribute("personName", people.name(personId, user));
        model.addAttribute("yesNo", YES_NO);
        return "treatment/release-form";
    }

    private String showFirstAppointmentForm(PrisonRelease release, Model model, SignedInUser user) {
        model.addAttribute("personName", people.name(release.getPersonId(), user));
        model.addAttribute(
                "heading", "First community treatment appointment after release from " + release.getPrison());
        model.addAttribute("action", "/releases/" + release.getId() + "/first-appointment");
        model.addAttribute("back", "/people/" + release.getPersonId() + "#treatment");
        model.addAttribute("legend", "Date of the first appointment attended");
        model.addAttribute("button", "Record appointment");
        return "treatment/day-form";
    }
}
