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
import org.throughcare.common.Allowed;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForLiaisonAndDiversion;
import org.throughcare.user.ForWorkersAndManagers;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Liaison and Diversion screening from a person's page, the screening's page with its onward referrals, and its
 * assessment and outcome.
 */
@Controller
class LiaisonController {

    private final LiaisonService liaison;
    private final ReferralTables tables;
    private final PersonLookup people;
    private final Formats formats;

    LiaisonController(LiaisonService liaison, ReferralTables tables, PersonLookup people, Formats formats) {
        this.liaison = liaison;
        this.tables = tables;
        this.people = people;
        this.formats = formats;
    }

    @GetMapping("/people/{personId}/screenings/new")
    @ForLiaisonAndDiversion
    String newScreening(@PathVariable Long personId, Model model, @AuthenticationPrincipal SignedInUser user) {
        ScreeningForm form = new ScreeningForm();
        form.setUrgency(Urgency.ROUTINE);
        model.addAttribute("screeningForm", form);
        return showForm(personId, model, user);
    }

    @PostMapping("/people/{personId}/screenings/new")
    @ForLiaisonAndDiversion
    String screen(
            @PathVariable Long personId,
            @Valid @ModelAttribute("screeningForm") ScreeningForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    LiaisonScreening saved = liaison.screen(
                            personId,
                            form.getSource(),
                            form.at(),
                            form.chosenNeeds(),
                            form.getRisk(),
                            form.getUrgency(),
                            form.getNotes(),
                            user);
                    redirect.addFlashAttribute("successMessage", "Screening recorded");
                    return "redirect:/screenings/" + saved.getId();
                },
                () -> showForm(personId, model, user));
    }

    @GetMapping("/screenings/{screeningId}")
    @ForWorkersAndManagers
    String show(@PathVariable Long screeningId, Model model, @AuthenticationPrincipal SignedInUser user) {
        LiaisonScreening s = liaison.screening(screeningId, user);
        List<Referral> onward = liaison.view(s);
        boolean practitioner = RoleGroup.LIAISON_AND_DIVERSION.includes(user.role());
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Status", status(s)));
        rows.add(SummaryRow.of(
                "Seen",
                s.getSource().label() + ", " + formats.dateTime(s.getScreenedAt()) + " by " + s.getScreenedBy()));
        rows.add(SummaryRow.of("Needs found", capitalised(LiaisonService.describe(s.needs()))));
        rows.add(SummaryRow.of("Risk", s.getRisk().label()));
        rows.add(SummaryRow.of("Urgency", s.getUrgency().label()));
        rows.add(SummaryRow.of("Notes", s.getNotes() == null ? "None" : s.getNotes()));
        rows.add(SummaryRow.of(
                "Assessment",
                s.getAssessedAt() == null
                        ? "Not yet"
                        : formats.dateTime(s.getAssessedAt()) + " by " + s.getAssessedBy()));
        if (s.getOutcome() != null) {
            rows.add(SummaryRow.of(
                    "Outcome",
                    s.getOutcome().label() + ", " + formats.dateTime(s.getOutcomeAt()) + " by " + s.getOutcomeBy()));
        }
        model.addAttribute("screening", s);
        model.addAttribute("personName", people.name(s.getPersonId(), user));
        model.addAttribute("summary", rows);
        model.addAttribute("referralHead", ReferralTables.PERSON_HEAD);
        model.addAttribute("referrals", tables.personRows(onward));
        model.addAttribute(
                "canAssess",
                practitioner
                        && s.allows(LiaisonScreening.Action.RECORD_ASSESSMENT).isAllowed());
        model.addAttribute("canConclude", practitioner && s.inProgress());
        return "referral/screening";
    }

    @GetMapping("/screenings/{screeningId}/assessment")
    @ForLiaisonAndDiversion
    String assessmentForm(
            @PathVariable Long screeningId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return stepForm(screeningId, LiaisonScreening.Action.RECORD_ASSESSMENT, model, user, redirect);
    }

    @PostMapping("/screenings/{screeningId}/assessment")
    @ForLiaisonAndDiversion
    String recordAssessment(
            @PathVariable Long screeningId,
            @Valid @ModelAttribute("stepForm") ScreeningStepForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return submitStep(screeningId, LiaisonScreening.Action.RECORD_ASSESSMENT, form, result, model, user, redirect);
    }

    @GetMapping("/screenings/{screeningId}/outcome")
    @ForLiaisonAndDiversion
    String outcomeForm(
            @PathVariable Long screeningId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return stepForm(screeningId, LiaisonScreening.Action.RECORD_OUTCOME, model, user, redirect);
    }

    @PostMapping("/screenings/{screeningId}/outcome")
    @ForLiaisonAndDiversion
    String recordOutcome(
            @PathVariable Long screeningId,
            @Valid @ModelAttribute("stepForm") ScreeningStepForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return submitStep(screeningId, LiaisonScreening.Action.RECORD_OUTCOME, form, result, model, user, redirect);
    }

    private String stepForm(
            Long screeningId,
            LiaisonScreening.Action action,
            Model model,
            SignedInUser user,
            RedirectAttributes redirect) {
        LiaisonScreening s = liaison.screening(screeningId, user);
        Allowed allowed = s.allows(action);
        if (!allowed.isAllowed()) {
            redirect.addFlashAttribute("errorMessage", allowed.refusal());
            return "redirect:/screenings/" + screeningId;
        }
        model.addAttribute("stepForm", new ScreeningStepForm());
        return showStepForm(s, action, model, user);
    }

    private String submitStep(
            Long screeningId,
            LiaisonScreening.Action action,
            ScreeningStepForm form,
            BindingResult result,
            Model model,
            SignedInUser user,
            RedirectAttributes redirect) {
        LiaisonScreening s = liaison.screening(screeningId, user);
        return FormErrors.submit(
                result,
                () -> {
                    if (action == LiaisonScreening.Action.RECORD_ASSESSMENT) {
                        liaison.recordAssessment(screeningId, form.at(), user);
                        redirect.addFlashAttribute("successMessage", "Assessment recorded");
                    } else {
                        liaison.recordOutcome(screeningId, form.getOutcome(), form.at(), user);
                        redirect.addFlashAttribute("successMessage", "Outcome recorded");
                    }
                    return "redirect:/screenings/" + screeningId;
                },
                () -> showStepForm(s, action, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return "redirect:/screenings/" + screeningId;
                });
    }

    private String showStepForm(LiaisonScreening s, LiaisonScreening.Action action, Model model, SignedInUser user) {
        boolean outcome = action == LiaisonScreening.Action.RECORD_OUTCOME;
        ScreeningStepForm form = (ScreeningStepForm) model.getAttribute("stepForm");
        if (form != null) {
            form.named(outcome ? "of the outcome" : "the assessment was completed");
        }
        model.addAttribute("screening", s);
        model.addAttribute("personName", people.name(s.getPersonId(), user));
        model.addAttribute("outcomeStep", outcome);
        model.addAttribute("heading", outcome ? "Record the outcome of the screening" : "Record the assessment");
        model.addAttribute("action", "/screenings/" + s.getId() + (outcome ? "/outcome" : "/assessment"));
        model.addAttribute(
                "outcomeOptions",
                Arrays.stream(ScreeningOutcome.values())
                        .map(o -> Option.of(o, o.label()))
                        .toList());
        return "referral/screening-step";
    }

    private String showForm(Long personId, Model model, SignedInUser user) {
        model.addAttribute("personId", personId);
        model.addAttribute("personName", people.name(personId, user));
        model.addAttribute(
                "sourceOptions",
                Arrays.stream(ScreeningSource.values())
                        .map(s -> Option.of(s, s.label()))
                        .toList());
        model.addAttribute(
                "needOptions",
                Arrays.stream(ScreeningNeed.values())
                        .map(n -> Option.of(n, n.label()))
                        .toList());
        model.addAttribute(
                "riskOptions",
                Arrays.stream(Risk.values()).map(r -> Option.of(r, r.label())).toList());
        model.addAttribute(
                "urgencyOptions",
                Arrays.stream(Urgency.values())
                        .map(u -> Option.of(u, u.label()))
                        .toList());
        return "referral/screening-form";
    }

    /** Where a screening has got to, for its page, lists and the person page. */
    static String status(LiaisonScreening s) {
        return s.line().status();
    }

    private static String capitalised(String text) {
        return org.springframework.util.StringUtils.capitalize(text);
    }

    /** For the person page's section and lists. */
    static List<Cell> row(LiaisonScreening s, Formats formats) {
        return List.of(
                Cell.link(formats.dateTime(s.getScreenedAt()), "/screenings/" + s.getId()),
                Cell.text(s.getSource().label()),
                Cell.text(capitalised(LiaisonService.describe(s.needs()))),
                Cell.tag(s.getRisk().label(), s.getRisk().colour()),
                Cell.text(status(s)));
    }
}
