package org.throughcare.order;

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
import org.throughcare.web.AdminPages;
import org.throughcare.web.Cell;
import org.throughcare.web.Option;

import java.util.List;

/** Administrators list, add, change and retire courts. Courts are never deleted: orders name them. */
@Controller
@RequestMapping("/admin/courts")
@ForAdministrators
class CourtAdminController {

    static final String FORM = "order/admin/court-form";
    static final String FORM_NAME = "courtForm";

    static final List<Option> ACTIVE_OPTIONS = List.of(
            new Option("true", "Active", "Offered when recording an order"),
            new Option("false", "Retired", "Stays on past orders but is no longer offered"));

    private final Courts courts;
    private final AdminPages<Court> pages =
            new AdminPages<>("/admin/courts", "order/admin/courts", "Court", Court::getId, Court::getName);

    CourtAdminController(Courts courts) {
        this.courts = courts;
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
                courts::page,
                List.of(Cell.text("Court"), Cell.text("Status")),
                c -> List.of(c.isActive() ? Cell.tag("Active", "green") : Cell.tag("Retired", "grey")));
    }

    @GetMapping("/new")
    @ForAdministrators
    String newCourt(Model model) {
        model.addAttribute(FORM_NAME, new CourtForm());
        return showForm(null, model);
    }

    @PostMapping("/new")
    @ForAdministrators
    String create(
            @Valid @ModelAttribute(FORM_NAME) CourtForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pages.create(result, redirect, () -> courts.create(form.getName()), () -> showForm(null, model));
    }

    @GetMapping("/{courtId}/edit")
    @ForAdministrators
    String edit(@PathVariable Long courtId, Model model) {
        model.addAttribute(FORM_NAME, CourtForm.of(courts.court(courtId)));
        return showForm(courtId, model);
    }

    @PostMapping("/{courtId}/edit")
    @ForAdministrators
    String update(
            @PathVariable Long courtId,
            @Valid @ModelAttribute(FORM_NAME) CourtForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pages.update(
                result,
                redirect,
                () -> courts.update(courtId, form.getName(), form.getActive(), form.getVersion()),
                () -> showForm(courtId, model));
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("court", id == null ? null : courts.court(id));
        model.addAttribute("activeOptions", ACTIVE_OPTIONS);
        return FORM;
    }
}
