package org.throughcare.referral;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.user.ForAdministrators;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.AdminPages;
import org.throughcare.web.Cell;
import org.throughcare.web.Option;

import java.util.Arrays;
import java.util.List;

/** Administrators list, add, change and retire providers. Providers are never deleted: referrals name them. */
@Controller
@RequestMapping("/admin/providers")
@ForAdministrators
class ProviderAdminController {

    static final String LIST = "referral/admin/providers";
    static final String FORM = "referral/admin/provider-form";
    static final String FORM_NAME = "providerForm";

    static final List<Option> ACTIVE_OPTIONS = List.of(
            new Option("true", "Active", "Offered when referring someone"),
            new Option("false", "Retired", "Stays on past referrals but is no longer offered"));

    private final Providers providers;
    private final AdminPages<Provider> pages =
            new AdminPages<>("/admin/providers", LIST, "Provider", Provider::getId, Provider::getName);

    private final UserDirectory directory;

    ProviderAdminController(Providers providers, UserDirectory directory) {
        this.providers = providers;
        this.directory = directory;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @ForAdministrators
    String list(@RequestParam(required = false) Integer page, Model model) {
        return pages.list(
                page,
                model,
                providers::page,
                List.of(Cell.text("Provider"), Cell.text("Service"), Cell.text("Contact"), Cell.text("Status")),
                p -> List.of(
                        Cell.text(p.getService().label()),
                        Cell.text(contact(p)),
                        p.isActive() ? Cell.tag("Active", "green") : Cell.tag("Retired", "grey")));
    }

    @GetMapping("/new")
    @ForAdministrators
    String newProvider(Model model) {
        model.addAttribute(FORM_NAME, new ProviderForm());
        return showForm(null, model);
    }

    @PostMapping("/new")
    @ForAdministrators
    String create(
            @Valid @ModelAttribute(FORM_NAME) ProviderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pages.create(result, redirect, () -> providers.create(form.toDetails()), () -> showForm(null, model));
    }

    @GetMapping("/{providerId}/edit")
    @ForAdministrators
    String edit(@PathVariable Long providerId, Model model) {
        model.addAttribute(FORM_NAME, ProviderForm.of(providers.provider(providerId)));
        return showForm(providerId, model);
    }

    @PostMapping("/{providerId}/edit")
    @ForAdministrators
    String update(
            @PathVariable Long providerId,
            @Valid @ModelAttribute(FORM_NAME) ProviderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pages.update(
                result,
                redirect,
                () -> providers.update(providerId, form.toDetails()),
                () -> showForm(providerId, model));
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("provider", id == null ? null : providers.provider(id));
        model.addAttribute(
                "serviceOptions",
                Arrays.stream(ServiceKind.values())
                        .map(k -> Option.of(k, k.label()))
                        .toList());
        model.addAttribute("activeOptions", ACTIVE_OPTIONS);
        model.addAttribute(
                "teamOptions",
                directory.caseHoldingTeams().keySet().stream()
                        .map(t -> Option.of(t.id(), t.name() + " (" + t.areaName() + ")"))
                        .toList());
        return FORM;
    }

    private static String contact(Provider p) {
        String phone = p.getPhone() == null ? "" : p.getPhone();
        String email = p.getEmail() == null ? "" : p.getEmail();
        String both = (phone + (phone.isEmpty() || email.isEmpty() ? "" : ", ") + email);
        return both.isEmpty() ? "Not recorded" : both;
    }
}
