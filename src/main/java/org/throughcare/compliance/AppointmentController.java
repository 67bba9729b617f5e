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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.order.OrderDirectory;
import org.throughcare.order.OrderSummary;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForProbationOfficers;
import org.throughcare.user.ForProbationOfficersAndManagers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.PageLinks;

import java.util.List;

/** Scheduling an appointment under an order and recording its outcome. */
@Controller
class AppointmentController {

    private final Appointments appointments;
    private final OrderDirectory orders;
    private final PersonLookup people;
    private final Formats formats;
    private final ChecklistService checklists;
    private final Enforcement enforcement;
    private final CompliancePages pages;

    AppointmentController(
            Appointments appointments,
            OrderDirectory orders,
            PersonLookup people,
            Formats formats,
            ChecklistService checklists,
            Enforcement enforcement,
            CompliancePages pages) {
        this.checklists = checklists;
        this.enforcement = enforcement;
        this.pages = pages;
        this.appointments = appointments;
        this.orders = orders;
        this.people = people;
        this.formats = formats;
    }

    static String orderPage(Long orderId, String section) {
        return "/orders/" + orderId + "#" + section;
    }

    /** Past appointments shown a page at a time; the order page shows the latest few and links here. */
    static final int PAST_PAGE_SIZE = 25;

    @GetMapping("/orders/{orderId}/appointments")
    @ForProbationOfficersAndManagers
    String past(
            @PathVariable Long orderId,
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        Appointments.PastPage past = appointments.past(orderId, PageLinks.index(page), PAST_PAGE_SIZE, user);
        OrderSummary order = past.order();
        boolean canChange = orders.allowsChange(order, user).isAllowed();
        List<EnforcementAction> actions = enforcement.forOrder(order.id(), order.personId(), user);
        model.addAttribute("order", order);
        model.addAttribute("personName", people.name(order.personId(), user));
        model.addAttribute("head", CompliancePages.APPOINTMENT_HEAD);
        model.addAttribute("rows", pages.appointmentRows(past.appointments().getContent(), actions, canChange));
        model.addAttribute("pages", PageLinks.of(past.appointments()));
        return "compliance/past-appointments";
    }

    @GetMapping("/orders/{orderId}/appointments/new")
    @ForProbationOfficers
    String scheduleForm(@PathVariable Long orderId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("appointmentForm", new AppointmentForm());
        return showScheduleForm(orders.order(orderId, user), model, user);
    }

    @PostMapping("/orders/{orderId}/appointments/new")
    @ForProbationOfficers
    String schedule(
            @PathVariable Long orderId,
            @Valid @ModelAttribute("appointmentForm") AppointmentForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        OrderSummary order = orders.order(orderId, user);
        return FormErrors.submit(
                result,
                () -> {
                    appointments.schedule(
                            orderId,
                            new Appointments.Details(form.getKind(), form.at(), form.getPlace(), form.getWithWhom()),
                            user);
                    redirect.addFlashAttribute("successMessage", "Appointment scheduled");
                    return "redirect:" + orderPage(orderId, "appointments");
                },
                () -> showScheduleForm(order, model, user));
    }

    @GetMapping("/appointments/{appointmentId}/outcome")
    @ForProbationOfficers
    String outcomeForm(
            @PathVariable Long appointmentId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Appointment appointment = appointments.appointment(appointmentId, user);
        if (appointment.getOutcome() != null) {
            redirect.addFlashAttribute("errorMessage", "The outcome of this appointment is already recorded");
            return "redirect:" + orderPage(appointment.getOrderId(), "appointments");
        }
        OutcomeForm form = new OutcomeForm();
        form.setVersion(appointment.getVersion());
        model.addAttribute("outcomeForm", form);
        return showOutcomeForm(appointment, model, user);
    }

    @PostMapping("/appointments/{appointmentId}/outcome")
    @ForProbationOfficers
    String recordOutcome(
            @PathVariable Long appointmentId,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Appointment appointment = appointments.appointment(appointmentId, user);
        if (form.getOutcome() == AppointmentOutcome.RESCHEDULED
                && !result.hasFieldErrors("newDate")
                && !form.getNewDate().isEmpty()
                && (form.getNewTime() == null || form.getNewTime().isBlank())) {
            result.rejectValue("newTime", "required", "Enter the time of the new appointment");
        }
        return FormErrors.submit(
                result,
                () -> {
                    Appointment recorded = appointments.recordOutcome(
                            appointmentId,
                            new Appointments.Outcome(
                                    form.getOutcome(),
                                    form.getAbsenceReason(),
                                    form.getAbsenceEvidence(),
                                    form.getOutcomeNotes(),
                                    form.getOutcome() == AppointmentOutcome.RESCHEDULED ? form.newAt() : null),
                            form.getVersion(),
                            user);
                    redirect.addFlashAttribute("successMessage", "Outcome recorded");
                    if (recorded.isFailure()) {
                        return "redirect:/appointments/" + appointmentId + "/enforcement";
                    }
                    return "redirect:" + orderPage(recorded.getOrderId(), "appointments");
                },
                () -> showOutcomeForm(appointment, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return "redirect:" + orderPage(appointment.getOrderId(), "appointments");
                });
    }

    private String showScheduleForm(OrderSummary order, Model model, SignedInUser user) {
        model.addAttribute("order", order);
        model.addAttribute("personName", people.name(order.personId(), user));
        model.addAttribute("kindOptions", Option.fromEnum(AppointmentKind.class, AppointmentKind::label));
        // The checklist is prompted here too: a person at higher risk should go through it before the first one.
        model.addAttribute("checklistStatus", checklists.status(order.id()));
        return "compliance/appointment-form";
    }

    private String showOutcomeForm(Appointment appointment, Model model, SignedInUser user) {
        model.addAttribute("appointment", appointment);
        model.addAttribute(
                "appointmentText",
                appointment.getKind().label() + " appointment on " + formats.dateTime(appointment.getStartsAt())
                        + " at " + appointment.getPlace() + " with " + appointment.getWithWhom());
        model.addAttribute("personName", people.name(appointment.getPersonId(), user));
        model.addAttribute("outcomeOptions", Option.fromEnum(AppointmentOutcome.class, AppointmentOutcome::label));
        model.addAttribute("reasonOptions", Option.fromEnum(AbsenceReason.class, AbsenceReason::label));
        return "compliance/outcome-form";
    }
}
