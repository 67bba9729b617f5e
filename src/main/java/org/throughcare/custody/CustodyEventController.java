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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.Allowed;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForCustodyWorkers;
import org.throughcare.user.ForCustodyWorkersAndManagers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;

/** Recording a custody event, reading it, and the confirmatory lab steps for its results. */
@Controller
class CustodyEventController {

    private final CustodyEventService service;
    private final CustodyOptions options;
    private final CustodyEventPage page;
    private final PersonLookup people;
    private final AssessmentService assessments;

    CustodyEventController(
            CustodyEventService service,
            CustodyOptions options,
            CustodyEventPage page,
            PersonLookup people,
            AssessmentService assessments) {
        this.assessments = assessments;
        this.service = service;
        this.options = options;
        this.page = page;
        this.people = people;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/people/{personId}/custody/new")
    @ForCustodyWorkers
    String newEvent(@PathVariable Long personId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("eventForm", new CustodyEventForm());
        return showForm(personId, model, user);
    }

    @PostMapping("/people/{personId}/custody/new")
    @ForCustodyWorkers
    String record(
            @PathVariable Long personId,
            @Valid @ModelAttribute("eventForm") CustodyEventForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        form.checkSampleDateAndTime(result);
        return FormErrors.submit(
                result,
                () -> {
                    CustodyEvent event = service.record(form.toCommand(personId), user);
                    redirect.addFlashAttribute(
                            "successMessage",
                            "Test " + event.getTestStage().label().toLowerCase(java.util.Locale.UK) + " recorded");
                    return "redirect:/custody/events/" + event.getId();
                },
                () -> showForm(personId, model, user));
    }

    @GetMapping("/custody/events/{eventId}")
    @ForCustodyWorkersAndManagers
    String show(@PathVariable Long eventId, Model model, @AuthenticationPrincipal SignedInUser user) {
        page.addTo(model, eventId, user);
        return "custody/event";
    }

    @GetMapping("/custody/results/{resultId}/dispute")
    @ForCustodyWorkers
    String disputeForm(
            @PathVariable Long resultId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        DrugTestResult result = service.result(resultId, user);
        Allowed allowed = result.allows(DrugTestResult.Action.SEND_FOR_CONFIRMATION);
        if (!allowed.isAllowed()) {
            return refuse(redirect, result.getEvent().getId(), allowed.refusal());
        }
        model.addAttribute("disputeForm", new DisputeForm());
        return showResultForm(resultId, "custody/dispute", model, user);
    }

    @PostMapping("/custody/results/{resultId}/dispute")
    @ForCustodyWorkers
    String dispute(
            @PathVariable Long resultId,
            @Valid @ModelAttribute("disputeForm") DisputeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    DrugTestResult done = service.disputeResult(resultId, form.at(), user);
                    redirect.addFlashAttribute(
                            "successMessage", done.getSubstance().getName() + " sample sent for confirmation");
                    return "redirect:/custody/events/" + done.getEvent().getId();
                },
                () -> showResultForm(resultId, "custody/dispute", model, user),
                refusal -> CustodyEventController.refuse(
                        redirect, service.result(resultId, user).getEvent().getId(), refusal.getMessage()));
    }

    @GetMapping("/custody/results/{resultId}/confirm")
    @ForCustodyWorkers
    String confirmForm(
            @PathVariable Long resultId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        DrugTestResult result = service.result(resultId, user);
        Allowed allowed = result.allows(DrugTestResult.Action.RECORD_CONFIRMED_RESULT);
        if (!allowed.isAllowed()) {
            return refuse(redirect, result.getEvent().getId(), allowed.refusal());
        }
        model.addAttribute("confirmForm", new ConfirmResultForm());
        return showResultForm(resultId, "custody/confirm", model, user);
    }

    @PostMapping("/custody/results/{resultId}/confirm")
    @ForCustodyWorkers
    String confirm(
            @PathVariable Long resultId,
            @Valid @ModelAttribute("confirmForm") ConfirmResultForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    DrugTestResult done = service.confirmResult(resultId, form.getConfirmedResult(), form.at(), user);
                    redirect.addFlashAttribute(
                            "successMessage",
                            "Confirmed result for " + done.getSubstance().getName() + " recorded");
                    return "redirect:/custody/events/" + done.getEvent().getId();
                },
                () -> showResultForm(resultId, "custody/confirm", model, user),
                refusal -> CustodyEventController.refuse(
                        redirect, service.result(resultId, user).getEvent().getId(), refusal.getMessage()));
    }

    /** An action the record's state does not allow: back to the event with the reason. */
    @GetMapping("/custody/events/{eventId}/void")
    @ForCustodyWorkers
    String voidForm(
            @PathVariable Long eventId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        var allowed = assessments.event(eventId, user).allows(CustodyEventRecord.Action.VOID);
        if (!allowed.isAllowed()) {
            return refuse(redirect, eventId, allowed.refusal());
        }
        model.addAttribute("voidForm", new VoidTestForm());
        return showVoidForm(eventId, model, user);
    }

    /** A test recorded in error is voided with a reason; it stays on the record, struck through. */
    @PostMapping("/custody/events/{eventId}/void")
    @ForCustodyWorkers
    String voidTest(
            @PathVariable Long eventId,
            @Valid @ModelAttribute("voidForm") VoidTestForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    service.voidTest(eventId, form.getReason(), form.at(), user);
                    redirect.addFlashAttribute("successMessage", "Test voided as recorded in error");
                    return "redirect:/custody/events/" + eventId;
                },
                () -> showVoidForm(eventId, model, user),
                refusal -> refuse(redirect, eventId, refusal.getMessage()));
    }

    @GetMapping("/custody/events/{eventId}/correct")
    @ForCustodyWorkers
    String correctForm(
            @PathVariable Long eventId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        CustodyEventRecord record = assessments.event(eventId, user);
        var allowed = record.allows(CustodyEventRecord.Action.CORRECT);
        if (!allowed.isAllowed()) {
            return refuse(redirect, eventId, allowed.refusal());
        }
        model.addAttribute("correctForm", CorrectTestForm.of(record.event()));
        return showCorrectForm(record, model, user);
    }

    /** The record-keeping details of a test are corrected with a reason; the originals stay, struck through. */
    @PostMapping("/custody/events/{eventId}/correct")
    @ForCustodyWorkers
    String correct(
            @PathVariable Long eventId,
            @Valid @ModelAttribute("correctForm") CorrectTestForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        form.checkReleaseDateAndTime(result);
        return FormErrors.submit(
                result,
                () -> {
                    service.correct(eventId, form.toCorrection(), user);
                    redirect.addFlashAttribute("successMessage", "Test corrected");
                    return "redirect:/custody/events/" + eventId;
                },
                () -> showCorrectForm(assessments.event(eventId, user), model, user),
                refusal -> refuse(redirect, eventId, refusal.getMessage()));
    }

    private String showCorrectForm(CustodyEventRecord record, Model model, SignedInUser user) {
        model.addAttribute("eventId", record.event().getId());
        model.addAttribute("sampleTaken", record.event().getSampleTakenAt() != null);
        model.addAttribute("personName", people.name(record.event().getPersonId(), user));
        return "custody/correct";
    }

    private String showVoidForm(Long eventId, Model model, SignedInUser user) {
        CustodyEventRecord record = assessments.event(eventId, user);
        model.addAttribute("eventId", eventId);
        model.addAttribute("personName", people.name(record.event().getPersonId(), user));
        return "custody/void";
    }

    static String refuse(RedirectAttributes redirect, Long eventId, String message) {
        redirect.addFlashAttribute("errorMessage", message);
        return "redirect:/custody/events/" + eventId;
    }

    private String showForm(Long personId, Model model, SignedInUser user) {
        model.addAttribute("personId", personId);
        model.addAttribute("personName", people.name(personId, user));
        options.addEventOptions(model, user);
        return "custody/event-form";
    }

    private String showResultForm(Long resultId, String view, Model model, SignedInUser user) {
        DrugTestResult result = service.result(resultId, user);
        model.addAttribute("testResult", result);
        model.addAttribute("eventId", result.getEvent().getId());
        model.addAttribute("personName", people.name(result.getEvent().getPersonId(), user));
        model.addAttribute("resultOptions", Option.fromEnum(TestResult.class, TestResult::label));
        return view;
    }
}
