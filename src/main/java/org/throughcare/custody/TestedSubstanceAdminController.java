package org.throughcare.custody;

import jakarta.validation.groups.Default;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
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
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.SummaryRow;

import java.util.List;

/** Administrators list, add and change the substances a custody drug test reports on. */
@Controller
@RequestMapping("/admin/tested-substances")
@ForAdministrators
class TestedSubstanceAdminController {

    static final String LIST = "custody/admin/tested-substances";
    static final String FORM = "custody/admin/tested-substance-form";
    static final String FORM_NAME = "testedSubstanceForm";

    static final List<Option> ACTIVE_OPTIONS = List.of(
            new Option("true", "Active", "Offered when recording a new test result"),
            new Option("false", "Retired", "Stays on past results but is no longer offered"));

    private final ReferenceDataService referenceData;
    private final Formats formats;
    private final AdminPages<TestedSubstance> pages = new AdminPages<>(
            "/admin/tested-substances", LIST, "Substance", TestedSubstance::getId, TestedSubstance::getName);

    TestedSubstanceAdminController(ReferenceDataService referenceData, Formats formats) {
        this.formats = formats;
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
                referenceData::substances,
                List.of(
                        Cell.text("Substance"),
                        Cell.text("Code"),
                        new Cell("Display order", null, null, true),
                        Cell.text("Can lead to a required assessment"),
                        Cell.text("Tested from"),
                        Cell.text("Status")),
                substance -> List.of(
                        Cell.text(substance.getCode()),
                        Cell.number(substance.getDisplayOrder()),
                        Cell.text(substance.foundsRequiredAssessment() ? "Yes" : "No"),
                        Cell.text(
                                substance.getTestedFrom() == null
                                        ? "Since records began"
                                        : formats.date(substance.getTestedFrom())),
                        substance.isActive() ? Cell.tag("Active", "green") : Cell.tag("Retired", "grey")));
    }

    @GetMapping("/new")
    @ForAdministrators
    String newSubstance(Model model) {
        model.addAttribute(FORM_NAME, new TestedSubstanceForm());
        return showForm(null, model);
    }

    @PostMapping("/new")
    @ForAdministrators
    String create(
            @Validated({Default.class, TestedSubstanceForm.Create.class}) @ModelAttribute(FORM_NAME)
                    TestedSubstanceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pages.create(
                result, redirect, () -> referenceData.createSubstance(form.toDetails()), () -> showForm(null, model));
    }

    @GetMapping("/{substanceId}/edit")
    @ForAdministrators
    String edit(@PathVariable Long substanceId, Model model) {
        model.addAttribute(FORM_NAME, TestedSubstanceForm.of(referenceData.substance(substanceId)));
        return showForm(substanceId, model);
    }

    @PostMapping("/{substanceId}/edit")
    @ForAdministrators
    String update(
            @PathVariable Long substanceId,
            @Validated @ModelAttribute(FORM_NAME) TestedSubstanceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pages.update(
                result,
                redirect,
                () -> referenceData.updateSubstance(substanceId, form.toDetails()),
                () -> showForm(substanceId, model));
    }

    private String showForm(Long id, Model model) {
        TestedSubstance substance = id == null ? null : referenceData.substance(id);
        model.addAttribute("substance", substance);
        model.addAttribute(
                "codeRows", substance == null ? List.of() : List.of(SummaryRow.of("Code", substance.getCode())));
        model.addAttribute("activeOptions", ACTIVE_OPTIONS);
        model.addAttribute("yesNoOptions", List.of(Option.of(true, "Yes"), Option.of(false, "No")));
        return FORM;
    }
}
