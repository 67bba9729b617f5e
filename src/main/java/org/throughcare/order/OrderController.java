package org.throughcare.order;

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
import org.throughcare.common.RuleViolationException;
import org.throughcare.custody.OffenceCatalogue;
import org.throughcare.person.PersonLookup;
import org.throughcare.referral.ReferralDirectory;
import org.throughcare.referral.ServiceKind;
import org.throughcare.user.ForProbationOfficers;
import org.throughcare.user.ForProbationOfficersAndManagers;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;

import java.util.Arrays;
import java.util.List;

/** Recording an order the court made, the order's page, and the court's decisions on it. */
@Controller
class OrderController {

    private final OrderService orders;
    private final OrderPages pages;
    private final OrderDirectory directory;
    private final CourtRepository courts;
    private final OffenceCatalogue offences;
    private final ReferralDirectory referrals;
    private final UserDirectory users;
    private final PersonLookup people;

    OrderController(
            OrderService orders,
            OrderPages pages,
            OrderDirectory directory,
            CourtRepository courts,
            OffenceCatalogue offences,
            ReferralDirectory referrals,
            UserDirectory users,
            PersonLookup people) {
        this.orders = orders;
        this.pages = pages;
        this.directory = directory;
        this.courts = courts;
        this.offences = offences;
        this.referrals = referrals;
        this.users = users;
        this.people = people;
    }

    @GetMapping("/people/{personId}/orders/new")
    @ForProbationOfficers
    String newOrder(@PathVariable Long personId, Model model, @AuthenticationPrincipal SignedInUser user) {
        OrderForm form = new OrderForm();
        form.setResponsibleOfficerId(user.id());
        model.addAttribute("orderForm", form);
        return showOrderForm(personId, model, user);
    }

    @PostMapping("/people/{personId}/orders/new")
    @ForProbationOfficers
    String makeOrder(
            @PathVariable Long personId,
            @Valid @ModelAttribute("orderForm") OrderForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    CourtOrder order = orders.make(personId, form.toDetails(), user);
                    redirect.addFlashAttribute("successMessage", "Order recorded");
                    return "redirect:/orders/" + order.getId();
                },
                () -> showOrderForm(personId, model, user));
    }

    @GetMapping("/orders/{orderId}")
    @ForProbationOfficersAndManagers
    String order(@PathVariable Long orderId, Model model, @AuthenticationPrincipal SignedInUser user) {
        pages.addTo(model, orderId, user);
        return "order/order";
    }

    @GetMapping("/orders/{orderId}/decision")
    @ForProbationOfficersAndManagers
    String decisionForm(
            @PathVariable Long orderId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        OrderSummary order = directory.order(orderId, user);
        var allowed = directory.allowsChange(order, user);
        if (!allowed.isAllowed()) {
            redirect.addFlashAttribute("errorMessage", allowed.refusal());
            return "redirect:/orders/" + orderId;
        }
        model.addAttribute("decisionForm", new DecisionForm());
        return showDecisionForm(order, model, user);
    }

    @PostMapping("/orders/{orderId}/decision")
    @ForProbationOfficersAndManagers
    String recordDecision(
            @PathVariable Long orderId,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        OrderSummary order = directory.order(orderId, user);
        return FormErrors.submit(
                result,
                () -> {
                    orders.recordDecision(
                            orderId,
                            form.getOutcome(),
                            form.getDecidedOn().toLocalDate(),
                            form.getNewEndsOn().toLocalDate(),
                            form.getNotes(),
                            user);
                    redirect.addFlashAttribute(
                            "successMessage",
                            form.getOutcome().endsOrder()
                                    ? "Order ended: "
                                            + form.getOutcome().label().toLowerCase()
                                    : "Court decision recorded");
                    return "redirect:/orders/" + orderId;
                },
                () -> showDecisionForm(order, model, user),
                refusal -> refused(redirect, refusal, orderId));
    }

    private static String refused(RedirectAttributes redirect, RuleViolationException refusal, Long orderId) {
        redirect.addFlashAttribute("errorMessage", refusal.getMessage());
        return "redirect:/orders/" + orderId;
    }

    private String showOrderForm(Long personId, Model model, SignedInUser user) {
        model.addAttribute("personId", personId);
        model.addAttribute("personName", people.name(personId, user));
        model.addAttribute("typeOptions", Option.fromEnum(OrderType.class, OrderType::label));
        model.addAttribute(
                "courtOptions",
                courts.findByActiveTrueOrderByNameAsc().stream()
                        .map(c -> Option.of(c.getId(), c.getName()))
                        .toList());
        model.addAttribute(
                "offenceOptions",
                offences.activeOffences().stream()
                        .map(o -> Option.of(o.id(), o.name()))
                        .toList());
        model.addAttribute(
                "officerOptions",
                users.activeUsersInTeam(user.teamId(), Role.PROBATION_OFFICER).stream()
                        .map(o -> Option.of(o.id(), o.displayName()))
                        .toList());
        model.addAttribute("requirementOptions", Option.fromEnum(RequirementKind.class, RequirementKind::label));
        model.addAttribute(
                "providerOptions",
                referrals.activeProviders().stream()
                        .filter(p -> p.service() == ServiceKind.COMMUNITY_DRUG_TREATMENT
                                || p.service() == ServiceKind.RESIDENTIAL_REHAB
                                || p.service() == ServiceKind.INPATIENT_DETOX)
                        .map(p -> Option.of(p.id(), p.name()))
                        .toList());
        model.addAttribute("residenceOptions", Option.fromEnum(Residence.class, Residence::label));
        model.addAttribute("yesNo", List.of(Option.of("true", "Yes"), Option.of("false", "No")));
        return "order/order-form";
    }

    private String showDecisionForm(OrderSummary order, Model model, SignedInUser user) {
        model.addAttribute("order", order);
        model.addAttribute("personName", people.name(order.personId(), user));
        model.addAttribute(
                "outcomeOptions",
                Arrays.stream(OrderOutcome.values())
                        .map(o -> new Option(
                                o.name(), o.label(), o.endsOrder() ? "Ends the order" : "The order continues"))
                        .toList());
        return "order/decision-form";
    }
}
