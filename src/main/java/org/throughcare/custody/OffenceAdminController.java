package org.throughcare.custody;

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

/** Administrators list, add, change and retire offences. Offences are never deleted: past arrests name them. */
@Controller
@RequestMapping("/admin/offences")
@ForAdministrators
class OffenceAdminController {

    static final String LIST = "custody/admin/offences";
    static final String FORM = "custody/admin/offence-form";
    static final String FORM_NAME = "offenceForm";

    static final List<Option> TRIGGER_OPTIONS = List.of(
            new Option("true", "Yes", "A drug test on arrest is allowed for this offence"),
            new Option("false", "No", "A test on arrest needs an inspector's authorisation"));

    static final List<Option> ACTIVE_OPTIONS = List.of(
            new Option("true", "Active", "Can be chosen for new arrests"),
            new Option("false", "Retired", "Stays on past records but can no longer be chosen"));

    private final ReferenceDataService referenceData;
    private final AdminPages<Offence> pages =
            new AdminPages<>("/admin/offences", LIST, "Offence", Offence::getId, Offence::getName);

    OffenceAdminController(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
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
                referenceData::offences,
                List.of(Cell.text("Offence"), Cell.text("Home Office code"), Cell.text("Trigger"), Cell.text("Status")),
                offence -> List.of(
                        Cell.text(offence.getHomeOfficeCode() == null ? "None" : offence.getHomeOfficeCode()),
                        offence.isTrigger() ? Cell.tag("Trigger offence", "blue") : Cell.text("Not a trigger"),
                        offence.isActive() ? Cell.tag("Active", "green") : Cell.tag("Retired", "grey")));
    }

    @GetMapping("/new")
    @ForAdministrators
    String newOffence(Model model) {
        model.addAttribute(FORM_NAME, new OffenceForm());
        return showForm(null, model);
    }

    @PostMapping("/new")
    @ForAdministrators
    String create(
            @Valid @ModelAttribute(FORM_NAME) OffenceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pages.create(
                result, redirect, () -> referenceData.createOffence(form.toDetails()), () -> showForm(null, model));
    }

    @GetMapping("/{offenceId}/edit")
    @ForAdministrators
    String edit(@PathVariable Long offenceId, Model model) {
        model.addAttribute(FORM_NAME, OffenceForm.of(referenceData.offence(offenceId)));
        return showForm(offenceId, model);
    }

    @PostMapping("/{offenceId}/edit")
    @ForAdministrators
    String update(
            @PathVariable Long offenceId,
            @Valid @ModelAttribute(FORM_NAME) OffenceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pages.update(
                result,
                redirect,
                () -> referenceData.updateOffence(offenceId, form.toDetails()),
                () -> showForm(offenceId, model));
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("offence", id == null ? null : referenceData.offence(id));
        model.addAttribute("triggerOptions", TRIGGER_OPTIONS);
        model.addAttribute("activeOptions", ACTIVE_OPTIONS);
        return FORM;
    }
}
