package org.throughcare.custody;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.Allowed;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForCustodyWorkers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Booking required assessments, recording what happened, cancelling a follow-up, telling the police. */
@Controller
class AssessmentController {

    private final AssessmentService service;
    private final PersonLookup people;

    AssessmentController(AssessmentService service, PersonLookup people) {
        this.service = service;
        this.people = people;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/custody/events/{eventId}/assessments/new")
    @ForCustodyWorkers
    String bookForm(
            @PathVariable Long eventId,
            @RequestParam AssessmentKind kind,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Allowed allowed = service.event(eventId, user).allows(CustodyEventRecord.Action.book(kind));
        if (!allowed.isAllowed()) {
            return CustodyEventController.refuse(redirect, eventId, allowed.refusal());
        }
        model.addAttribute("bookForm", new BookAssessmentForm());
        return showBookForm(eventId, kind, model, user);
    }

    @PostMapping("/custody/events/{eventId}/assessments/new")
    @ForCustodyWorkers
    String book(
            @PathVariable Long eventId,
            @RequestParam AssessmentKind kind,
            @Valid @ModelAttribute("bookForm") BookAssessmentForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    service.book(eventId, form.toBooking(kind), user);
                    redirect.addFlashAttribute("successMessage", kind.label() + " booked");
                    return "redirect:/custody/events/" + eventId;
                },
                () -> showBookForm(eventId, kind, model, user),
                refusal -> CustodyEventController.refuse(redirect, eventId, refusal.getMessage()));
    }

    @GetMapping("/custody/assessments/{assessmentId}/outcome")
    @ForCustodyWorkers
    String outcomeForm(
            @PathVariable Long assessmentId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return guardedAssessmentForm(
                assessmentId,
                RequiredAssessment.Action.RECORD_OUTCOME,
                "outcomeForm",
                assessment -> new OutcomeForm(),
                "custody/outcome",
                model,
                user,
                redirect);
    }

    @PostMapping("/custody/assessments/{assessmentId}/outcome")
    @ForCustodyWorkers
    String recordOutcome(
            @PathVariable Long assessmentId,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    RequiredAssessment done =
                            service.recordOutcome(assessmentId, form.getOutcome(), form.getResult(), form.at(), user);
                    String recorded = "Outcome of the " + done.getKind().label().toLowerCase(Locale.UK) + " recorded";
                    if (done.getResult() == AssessmentResult.REFERRAL) {
                        // The referral the assessment led to is made where referrals are made, starting from custody.
                        redirect.addFlashAttribute("successMessage", recorded + ". Now make the referral it led to");
                        return "redirect:/people/" + done.getEvent().getPersonId() + "/referrals/new?from=CUSTODY";
                    }
                    redirect.addFlashAttribute("successMessage", recorded);
                    return "redirect:/custody/events/" + done.getEvent().getId();
                },
                () -> showAssessmentForm(assessmentId, "custody/outcome", model, user),
                refusal -> refuseFor(assessmentId, refusal, redirect, user));
    }

    @GetMapping("/custody/events/{eventId}/follow-up/cancel")
    @ForCustodyWorkers
    String cancelForm(
            @PathVariable Long eventId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Allowed allowed = service.event(eventId, user).allows(CustodyEventRecord.Action.CANCEL_FOLLOW_UP);
        if (!allowed.isAllowed()) {
            return CustodyEventController.refuse(redirect, eventId, allowed.refusal());
        }
        model.addAttribute("cancelForm", new CancelFollowUpForm());
        return showEventForm(eventId, "custody/cancel-follow-up", model, user);
    }

    @PostMapping("/custody/events/{eventId}/follow-up/cancel")
    @ForCustodyWorkers
    String cancel(
            @PathVariable Long eventId,
            @Valid @ModelAttribute("cancelForm") CancelFollowUpForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    service.cancelFollowUp(eventId, form.getReason(), form.at(), user);
                    redirect.addFlashAttribute("successMessage", "Follow-up assessment cancelled");
                    return "redirect:/custody/events/" + eventId;
                },
                () -> showEventForm(eventId, "custody/cancel-follow-up", model, user),
                refusal -> CustodyEventController.refuse(redirect, eventId, refusal.getMessage()));
    }

    @GetMapping("/custody/assessments/{assessmentId}/change")
    @ForCustodyWorkers
    String changeForm(
            @PathVariable Long assessmentId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return guardedAssessmentForm(
                assessmentId,
                RequiredAssessment.Action.CHANGE_APPOINTMENT,
                "changeForm",
                ChangeAppointmentForm::of,
                "custody/change-appointment",
                model,
                user,
                redirect);
    }

    /** A further notice moves the appointment (the RA2-style notice). */
    @PostMapping("/custody/assessments/{assessmentId}/change")
    @ForCustodyWorkers
    String change(
            @PathVariable Long assessmentId,
            @Valid @ModelAttribute("changeForm") ChangeAppointmentForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    RequiredAssessment changed = service.changeAppointment(
                            assessmentId,
                            form.appointmentAt(),
                            form.getPlace(),
                            form.noticeGivenAt(),
                            form.getReason(),
                            user);
                    redirect.addFlashAttribute(
                            "successMessage", changed.getKind().label() + " appointment changed");
                    return "redirect:/custody/events/" + changed.getEvent().getId();
                },
                () -> showAssessmentForm(assessmentId, "custody/change-appointment", model, user),
                refusal -> refuseFor(assessmentId, refusal, redirect, user));
    }

    @GetMapping("/custody/assessments/{assessmentId}/withdraw")
    @ForCustodyWorkers
    String withdrawForm(
            @PathVariable Long assessmentId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return guardedAssessmentForm(
                assessmentId,
                RequiredAssessment.Action.WITHDRAW,
                "withdrawForm",
                assessment -> new WithdrawRequirementForm(),
                "custody/withdraw",
                model,
                user,
                redirect);
    }

    @PostMapping("/custody/assessments/{assessmentId}/withdraw")
    @ForCustodyWorkers
    String withdraw(
            @PathVariable Long assessmentId,
            @Valid @ModelAttribute("withdrawForm") WithdrawRequirementForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    RequiredAssessment withdrawn = service.withdraw(assessmentId, form.getReason(), form.at(), user);
                    redirect.addFlashAttribute(
                            "successMessage", withdrawn.getKind().label() + " requirement withdrawn");
                    return "redirect:/custody/events/" + withdrawn.getEvent().getId();
                },
                () -> showAssessmentForm(assessmentId, "custody/withdraw", model, user),
                refusal -> refuseFor(assessmentId, refusal, redirect, user));
    }

    @GetMapping("/custody/assessments/{assessmentId}/police-told")
    @ForCustodyWorkers
    String policeForm(
            @PathVariable Long assessmentId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return guardedAssessmentForm(
                assessmentId,
                RequiredAssessment.Action.TELL_POLICE,
                "policeForm",
                assessment -> new PoliceToldForm(),
                "custody/police-told",
                model,
                user,
                redirect);
    }

    @PostMapping("/custody/assessments/{assessmentId}/police-told")
    @ForCustodyWorkers
    String policeTold(
            @PathVariable Long assessmentId,
            @Valid @ModelAttribute("policeForm") PoliceToldForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    RequiredAssessment done =
                            service.recordPoliceNotified(assessmentId, form.at(), form.officer(), user);
                    redirect.addFlashAttribute("successMessage", "Recorded that the police were told");
                    return "redirect:/custody/events/" + done.getEvent().getId();
                },
                () -> showAssessmentForm(assessmentId, "custody/police-told", model, user),
                refusal -> refuseFor(assessmentId, refusal, redirect, user));
    }

    private String showBookForm(Long eventId, AssessmentKind kind, Model model, SignedInUser user) {
        model.addAttribute("kind", kind);
        model.addAttribute("yesNoOptions", List.of(Option.of(true, "Yes"), Option.of(false, "No")));
        return showEventForm(eventId, "custody/book-assessment", model, user);
    }

    /** The form for a step on an assessment, or back to its test with why the step is not allowed now. */
    private String guardedAssessmentForm(
            Long assessmentId,
            RequiredAssessment.Action action,
            String formName,
            Function<RequiredAssessment, Object> form,
            String view,
            Model model,
            SignedInUser user,
            RedirectAttributes redirect) {
        RequiredAssessment assessment = service.assessment(assessmentId, user);
        Allowed allowed = assessment.allows(action);
        if (!allowed.isAllowed()) {
            return CustodyEventController.refuse(redirect, assessment.getEvent().getId(), allowed.refusal());
        }
        model.addAttribute(formName, form.apply(assessment));
        return showAssessmentForm(assessmentId, view, model, user);
    }

    /** A step the assessment's rules refused as a whole: back to its test, saying why. */
    private String refuseFor(
            Long assessmentId, RuleViolationException refusal, RedirectAttributes redirect, SignedInUser user) {
        return CustodyEventController.refuse(
                redirect, service.assessment(assessmentId, user).getEvent().getId(), refusal.getMessage());
    }

    private String showEventForm(Long eventId, String view, Model model, SignedInUser user) {
        CustodyEventRecord record = service.event(eventId, user);
        model.addAttribute("eventId", eventId);
        model.addAttribute("personName", people.name(record.event().getPersonId(), user));
        return view;
    }

    private String showAssessmentForm(Long assessmentId, String view, Model model, SignedInUser user) {
        RequiredAssessment assessment = service.assessment(assessmentId, user);
        model.addAttribute("assessment", assessment);
        model.addAttribute("eventId", assessment.getEvent().getId());
        model.addAttribute("personName", people.name(assessment.getEvent().getPersonId(), user));
        model.addAttribute("outcomeOptions", Option.fromEnum(AssessmentOutcome.class, AssessmentOutcome::label));
        model.addAttribute("resultOptions", Option.fromEnum(AssessmentResult.class, AssessmentResult::label));
        model.addAttribute("howOptions", Option.fromEnum(PoliceContact.How.class, PoliceContact.How::label));
        return view;
    }
}
