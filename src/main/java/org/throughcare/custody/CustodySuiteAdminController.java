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
import org.throughcare.web.Formats;
import org.throughcare.web.Option;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Administrators list, add and change custody suites and when drug testing is live at each. */
@Controller
@RequestMapping("/admin/custody-suites")
@ForAdministrators
class CustodySuiteAdminController {

    static final String LIST = "custody/admin/custody-suites";
    static final String FORM = "custody/admin/custody-suite-form";
    static final String FORM_NAME = "custodySuiteForm";

    private final ReferenceDataService referenceData;
    private final Formats formats;
    private final Clock clock;
    private final AdminPages<CustodySuite> pages = new AdminPages<>(
            "/admin/custody-suites", LIST, "Custody suite", CustodySuite::getId, CustodySuite::getName);

    CustodySuiteAdminController(ReferenceDataService referenceData, Formats formats, Clock clock) {
        this.referenceData = referenceData;
        this.formats = formats;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @ForAdministrators
    String list(@RequestParam(required = false) Integer page, Model model) {
        Map<Long, String> forces = referenceData.policeForceAreas();
        LocalDate today = LocalDate.now(clock);
        return pages.list(
                page,
                model,
                referenceData::suites,
                List.of(Cell.text("Custody suite"), Cell.text("Police force area"), Cell.text("Drug testing")),
                suite -> List.of(Cell.text(forces.get(suite.getForceId())), testingTag(suite, today)));
    }

    /** "Live since 1 April 2015", "Goes live 1 May 2026", "Not live" or "Ended 3 March 2024". */
    Cell testingTag(CustodySuite suite, LocalDate today) {
        if (suite.getTestingLiveFrom() == null) {
            return Cell.tag("Not live", "grey");
        }
        if (suite.getTestingEndedOn() != null && !today.isBefore(suite.getTestingEndedOn())) {
            return Cell.tag("Ended " + formats.date(suite.getTestingEndedOn()), "red");
        }
        if (today.isBefore(suite.getTestingLiveFrom())) {
            return Cell.tag("Goes live " + formats.date(suite.getTestingLiveFrom()), "blue");
        }
        return Cell.tag("Live since " + formats.date(suite.getTestingLiveFrom()), "green");
    }

    @GetMapping("/new")
    @ForAdministrators
    String newSuite(Model model) {
        model.addAttribute(FORM_NAME, new CustodySuiteForm());
        return showForm(null, model);
    }

    @PostMapping("/new")
    @ForAdministrators
    String create(
            @Valid @ModelAttribute(FORM_NAME) CustodySuiteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pages.create(
                result, redirect, () -> referenceData.createSuite(form.toDetails()), () -> showForm(null, model));
    }

    @GetMapping("/{suiteId}/edit")
    @ForAdministrators
    String edit(@PathVariable Long suiteId, Model model) {
        model.addAttribute(FORM_NAME, CustodySuiteForm.of(referenceData.suite(suiteId)));
        return showForm(suiteId, model);
    }

    @PostMapping("/{suiteId}/edit")
    @ForAdministrators
    String update(
            @PathVariable Long suiteId,
            @Valid @ModelAttribute(FORM_NAME) CustodySuiteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pages.update(
                result,
                redirect,
                () -> referenceData.updateSuite(suiteId, form.toDetails()),
                () -> showForm(suiteId, model));
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("suite", id == null ? null : referenceData.suite(id));
        model.addAttribute(
                "forceOptions",
                referenceData.policeForceAreas().entrySet().stream()
                        .map(force -> Option.of(force.getKey(), force.getValue()))
                        .toList());
        return FORM;
    }
}
