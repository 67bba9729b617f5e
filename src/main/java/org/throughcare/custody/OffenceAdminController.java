package org.throughcare.custody;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
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
import org.throughcare.web.Cell;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;
import org.throughcare.web.PageLinks;

import java.util.List;

/** Administrators list, add, change and retire offences. Offences are never deleted: past arrests name them. */
@Controller
@RequestMapping("/admin/offences")
@ForAdministrators
class OffenceAdminController {

    static final String LIST = "custody/admin/offences";
    static final String FORM = "custody/admin/offence-form";
    static final String FORM_NAME = "offenceForm";
    static final int PAGE_SIZE = 25;

    static final List<Option> TRIGGER_OPTIONS = List.of(
            new Option("true", "Yes", "A drug test on arrest is allowed for this offence"),
            new Option("false", "No", "A test on arrest needs an inspector's authorisation"));

    static final List<Option> ACTIVE_OPTIONS = List.of(
            new Option("true", "Active", "Can be chosen for new arrests"),
            new Option("false", "Retired", "Stays on past records but can no longer be chosen"));

    private final ReferenceDataService referenceData;

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
        Page<Offence> results = PageLinks.fetch(page, index -> referenceData.offences(index, PAGE_SIZE));
        List<List<Cell>> rows = results.stream()
                .map(offence -> List.of(
                        Cell.link(offence.getName(), "/admin/offences/" + offence.getId() + "/edit"),
                        offence.isTrigger() ? Cell.tag("Trigger offence", "blue") : Cell.text("Not a trigger"),
                        offence.isActive() ? Cell.tag("Active", "green") : Cell.tag("Retired", "grey")))
                .toList();
        model.addAttribute("head", List.of(Cell.text("Offence"), Cell.text("Trigger"), Cell.text("Status")));
        model.addAttribute("rows", rows);
        model.addAttribute("pages", PageLinks.of(results));
        return LIST;
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
        return FormErrors.submit(
                result,
                () -> {
                    Offence offence = referenceData.createOffence(form.toDetails());
                    redirect.addFlashAttribute("successMessage", "Offence " + offence.getName() + " created");
                    return "redirect:/admin/offences";
                },
                () -> showForm(null, model));
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
        return FormErrors.submit(
                result,
                () -> {
                    Offence offence = referenceData.updateOffence(offenceId, form.toDetails());
                    redirect.addFlashAttribute("successMessage", "Changes to " + offence.getName() + " saved");
                    return "redirect:/admin/offences";
                },
                () -> showForm(offenceId, model));
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("offence", id == null ? null : referenceData.offence(id));
        model.addAttribute("triggerOptions", TRIGGER_OPTIONS);
        model.addAttribute("activeOptions", ACTIVE_OPTIONS);
        return FORM;
    }
}
