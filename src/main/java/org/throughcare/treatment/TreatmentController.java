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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.Allowed;
import org.throughcare.person.PersonLookup;
import org.throughcare.referral.ReferralDirectory;
import org.throughcare.user.ForTreatmentWorkers;
import org.throughcare.user.ForWorkersAndManagers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;

import java.util.Arrays;

/**
 * Treatment episodes: started, changed, interventions added and ended, and the exit. Each form redirects to the
 * episode's page.
 */
@Controller
class TreatmentController {

    private final TreatmentService treatment;
    private final TreatmentPages pages;
    private final ReferralDirectory referrals;
    private final PersonLookup people;
    private final OutcomeReviews outcomeReviews;

    TreatmentController(
            TreatmentService treatment,
            TreatmentPages pages,
            ReferralDirectory referrals,
            PersonLookup people,
            OutcomeReviews outcomeReviews) {
        this.treatment = treatment;
        this.pages = pages;
        this.referrals = referrals;
        this.people = people;
        this.outcomeReviews = outcomeReviews;
    }

    @GetMapping("/people/{personId}/treatment/new")
    @ForTreatmentWorkers
    String newEpisode(
            @PathVariable Long personId,
            @RequestParam(required = false) Long referral,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        EpisodeForm form = new EpisodeForm();
        form.setSetting(TreatmentSetting.COMMUNITY);
        if (referral != null) {
            ReferralDirectory.ReferralSummary from = referrals.referral(referral, user);
            form.setReferralId(from.id());
            form.setProviderId(from.providerId());
        }
        model.addAttribute("episodeForm", form);
        return showEpisodeForm(personId, null, model, user);
    }

    @PostMapping("/people/{personId}/treatment/new")
    @ForTreatmentWorkers
    String start(
            @PathVariable Long personId,
            @Valid @ModelAttribute("episodeForm") EpisodeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        // Only a new episode names its provider, so the form cannot require it for both uses.
        if (form.getProviderId() == null) {
            result.rejectValue("providerId", "required", TreatmentService.NO_PROVIDER);
        }
        return FormErrors.submit(
                result,
                () -> {
                    TreatmentEpisode episode = treatment.start(
                            personId, form.getProviderId(), form.getReferralId(), form.toDetails(), user);
                    redirect.addFlashAttribute("successMessage", "Treatment episode started");
                    return "redirect:/treatment/episodes/" + episode.getId();
                },
                () -> showEpisodeForm(personId, null, model, user));
    }

    @GetMapping("/treatment/episodes/{episodeId}")
    @ForWorkersAndManagers
    String show(@PathVariable Long episodeId, Model model, @AuthenticationPrincipal SignedInUser user) {
        TreatmentService.EpisodeRecord record = treatment.view(episodeId, user);
        pages.addEpisode(model, record, user);
        pages.addOutcomeReviews(model, outcomeReviews.ofEpisode(episodeId, user), user);
        model.addAttribute("personName", people.name(record.episode().getPersonId(), user));
        return "treatment/episode";
    }

    @GetMapping("/treatment/episodes/{episodeId}/edit")
    @ForTreatmentWorkers
    String editForm(
            @PathVariable Long episodeId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        TreatmentEpisode episode = treatment.episode(episodeId, user);
        String refused = refused(episode, TreatmentEpisode.Action.CHANGE_DATES, redirect);
        if (refused != null) {
            return refused;
        }
        model.addAttribute("episodeForm", EpisodeForm.of(episode));
        return showEpisodeForm(episode.getPersonId(), episode, model, user);
    }

    @PostMapping("/treatment/episodes/{episodeId}/edit")
    @ForTreatmentWorkers
    String change(
            @PathVariable Long episodeId,
            @Valid @ModelAttribute("episodeForm") EpisodeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        TreatmentEpisode episode = treatment.episode(episodeId, user);
        return FormErrors.submit(
                result,
                () -> {
                    treatment.change(episodeId, form.toDetails(), user);
                    redirect.addFlashAttribute("successMessage", "Treatment episode changed");
                    return "redirect:/treatment/episodes/" + episodeId;
                },
                () -> showEpisodeForm(episode.getPersonId(), episode, model, user),
                refusal -> back(episodeId, refusal.getMessage(), redirect));
    }

    @GetMapping("/treatment/episodes/{episodeId}/interventions/new")
    @ForTreatmentWorkers
    String interventionForm(
            @PathVariable Long episodeId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        TreatmentEpisode episode = treatment.episode(episodeId, user);
        String refused = refused(episode, TreatmentEpisode.Action.ADD_INTERVENTION, redirect);
        if (refused != null) {
            return refused;
        }
        model.addAttribute("interventionForm", new InterventionForm());
        return showInterventionForm(episode, model, user);
    }

    @PostMapping("/treatment/episodes/{episodeId}/interventions/new")
    @ForTreatmentWorkers
    String addIntervention(
            @PathVariable Long episodeId,
            @Valid @ModelAttribute("interventionForm") InterventionForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        TreatmentEpisode episode = treatment.episode(episodeId, user);
        return FormErrors.submit(
                result,
                () -> {
                    treatment.addIntervention(
                            episodeId,
                            form.getKind(),
                            form.getStartedOn().toLocalDate(),
                            form.getEndedOn().toLocalDate(),
                            user);
                    redirect.addFlashAttribute("successMessage", "Intervention added");
                    return "redirect:/treatment/episodes/" + episodeId;
                },
                () -> showInterventionForm(episode, model, user),
                refusal -> back(episodeId, refusal.getMessage(), redirect));
    }

    @GetMapping("/treatment/interventions/{interventionId}/end")
    @ForTreatmentWorkers
    String endInterventionForm(
            @PathVariable Long interventionId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("dayForm", new DayForm());
        return showEndInterventionForm(interventionId, model, user);
    }

    @PostMapping("/treatment/interventions/{interventionId}/end")
    @ForTreatmentWorkers
    String endIntervention(
            @PathVariable Long interventionId,
            @Valid @ModelAttribute("dayForm") DayForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    Intervention ended = treatment.endIntervention(
                            interventionId, form.getOn().toLocalDate(), user);
                    redirect.addFlashAttribute("successMessage", "Intervention ended");
                    return "redirect:/treatment/episodes/" + ended.getEpisodeId();
                },
                () -> showEndInterventionForm(interventionId, model, user));
    }

    @GetMapping("/treatment/episodes/{episodeId}/exit")
    @ForTreatmentWorkers
    String exitForm(
            @PathVariable Long episodeId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        TreatmentEpisode episode = treatment.episode(episodeId, user);
        String refused = refused(episode, TreatmentEpisode.Action.RECORD_EXIT, redirect);
        if (refused != null) {
            return refused;
        }
        ExitForm form = new ExitForm();
        form.setVersion(episode.getVersion());
        model.addAttribute("exitForm", form);
        return showExitForm(episode, model, user);
    }

    @PostMapping("/treatment/episodes/{episodeId}/exit")
    @ForTreatmentWorkers
    String exit(
            @PathVariable Long episodeId,
            @Valid @ModelAttribute("exitForm") ExitForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        TreatmentEpisode episode = treatment.episode(episodeId, user);
        return FormErrors.submit(
                result,
                () -> {
                    treatment.exit(
                            episodeId, form.getExitOn().toLocalDate(), form.getReason(), form.getVersion(), user);
                    redirect.addFlashAttribute("successMessage", "Treatment episode ended");
                    return "redirect:/treatment/episodes/" + episodeId;
                },
                () -> showExitForm(episode, model, user),
                refusal -> back(episodeId, refusal.getMessage(), redirect));
    }

    private String refused(TreatmentEpisode episode, TreatmentEpisode.Action action, RedirectAttributes redirect) {
        Allowed allowed = episode.allows(action);
        return allowed.isAllowed() ? null : back(episode.getId(), allowed.refusal(), redirect);
    }

    private static String back(Long episodeId, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorMessage", message);
        return "redirect:/treatment/episodes/" + episodeId;
    }

    private String showEpisodeForm(Long personId, TreatmentEpisode episode, Model model, SignedInUser user) {
        model.addAttribute("personId", personId);
        model.addAttribute("personName", people.name(personId, user));
        model.addAttribute("episode", episode);
        model.addAttribute(
                "providerOptions",
                referrals.activeProviders().stream()
                        .map(p ->
                                Option.of(p.id(), p.name() + " (" + p.service().label() + ")"))
                        .toList());
        model.addAttribute(
                "settingOptions",
                Arrays.stream(TreatmentSetting.values())
                        .map(s -> Option.of(s, s.label()))
                        .toList());
        return "treatment/episode-form";
    }

    private String showInterventionForm(TreatmentEpisode episode, Model model, SignedInUser user) {
        model.addAttribute("episode", episode);
        model.addAttribute("personName", people.name(episode.getPersonId(), user));
        model.addAttribute(
                "kindOptions",
                Arrays.stream(InterventionKind.values())
                        .map(k -> Option.of(k, k.group().label() + ": " + k.label()))
                        .toList());
        return "treatment/intervention-form";
    }

    private String showEndInterventionForm(Long interventionId, Model model, SignedInUser user) {
        Intervention intervention = treatment.intervention(interventionId, user);
        model.addAttribute(
                "personName",
                people.name(treatment.episode(intervention.getEpisodeId(), user).getPersonId(), user));
        model.addAttribute(
                "heading", "End the intervention: " + intervention.getKind().label());
        model.addAttribute("action", "/treatment/interventions/" + interventionId + "/end");
        model.addAttribute("back", "/treatment/episodes/" + intervention.getEpisodeId());
        model.addAttribute("legend", "Date it ended");
        model.addAttribute("button", "End intervention");
        return "treatment/day-form";
    }

    private String showExitForm(TreatmentEpisode episode, Model model, SignedInUser user) {
        model.addAttribute("episode", episode);
        model.addAttribute("personName", people.name(episode.getPersonId(), user));
        model.addAttribute(
                "reasonOptions",
                Arrays.stream(ExitReason.values())
                        .map(r -> new Option(r.name(), r.label(), r.group().label()))
                        .toList());
        return "treatment/exit-form";
    }
}
