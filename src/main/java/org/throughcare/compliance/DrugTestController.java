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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.order.OrderDirectory;
import org.throughcare.order.OrderSummary;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForProbationOfficers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;

import java.util.List;

/** Recording a drug test under an order. */
@Controller
class DrugTestController {

    static final List<Option> RESULT_OPTIONS = List.of(
            Option.of(DrugTestForm.POSITIVE, "Positive"),
            Option.of(DrugTestForm.NEGATIVE, "Negative"),
            Option.of("", "Not tested"));

    private final DrugTests tests;
    private final OrderDirectory orders;
    private final PersonLookup people;

    DrugTestController(DrugTests tests, OrderDirectory orders, PersonLookup people) {
        this.tests = tests;
        this.orders = orders;
        this.people = people;
    }

    @GetMapping("/orders/{orderId}/drug-tests/new")
    @ForProbationOfficers
    String form(@PathVariable Long orderId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("drugTestForm", new DrugTestForm());
        return show(orders.order(orderId, user), model, user);
    }

    @PostMapping("/orders/{orderId}/drug-tests/new")
    @ForProbationOfficers
    String record(
            @PathVariable Long orderId,
            @Valid @ModelAttribute("drugTestForm") DrugTestForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        OrderSummary order = orders.order(orderId, user);
        return FormErrors.submit(
                result,
                () -> {
                    tests.record(
                            orderId,
                            form.getTestedOn().toLocalDate(),
                            form.getStatus(),
                            form.tested(),
                            form.getNotes(),
                            user);
                    redirect.addFlashAttribute("successMessage", "Drug test recorded");
                    return "redirect:" + AppointmentController.orderPage(orderId, "drug-tests");
                },
                () -> show(order, model, user));
    }

    private String show(OrderSummary order, Model model, SignedInUser user) {
        model.addAttribute("order", order);
        model.addAttribute("personName", people.name(order.personId(), user));
        model.addAttribute("statusOptions", Option.fromEnum(DrugTestStatus.class, DrugTestStatus::label));
        model.addAttribute("substances", PanelSubstance.values());
        model.addAttribute("resultOptions", RESULT_OPTIONS);
        return "compliance/drug-test-form";
    }
}
