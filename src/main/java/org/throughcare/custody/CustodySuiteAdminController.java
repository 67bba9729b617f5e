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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators list, add and change custody suites; each suite's page lists its notification conditions
 * ({@link TestingNotificationAdminController} adds and changes them).
 */
@Controller
@RequestMapping("/admin/custody-suites")
@ForAdministrators
class CustodySuiteAdminController {

    static final String LIST = "custody/admin/custody-suites";
    static final String FORM = "custody/admin/custody-suite-form";
    static final String FORM_NAME = "custodySuiteForm";

    private final ReferenceDataService referenceData;
    private final NotificationConditions conditions;
    private final Formats formats;
    private final Clock clock;
    private final AdminPages<CustodySuite> pages = new AdminPages<>(
            "/admin/custody-suites", LIST, "Custody suite", CustodySuite::getId, CustodySuite::getName);

    CustodySuiteAdminController(
            ReferenceDataService referenceData, NotificationConditions conditions, Formats formats, Clock clock) {
        this.referenceData = referenceData;
        this.conditions = conditions;
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
        Map<Long, Set<NotificationKind>> inForce = conditions.inForce(LocalDate.now(clock));
        return pages.list(
                page,
                model,
                referenceData::suites,
                List.of(Cell.text("Custody suite"), Cell.text("Police force area"), Cell.text("In force today")),
                suite -> List.of(
                        Cell.text(forces.get(suite.getForceId())),
                        inForceTag(inForce.getOrDefault(suite.getId(), Set.of()))));
    }

    /** "Testing on arrest, testing on charge, ..." in the order of the kinds, or "None" when nothing is. */
    static Cell inForceTag(Set<NotificationKind> kinds) {
        if (kinds.isEmpty()) {
            return Cell.tag("None in force", "grey");
        }
        String listed = Arrays.stream(NotificationKind.values())
                .filter(kinds::contains)
                .map(NotificationKind::label)
                .collect(Collectors.joining(", "));
        return Cell.text(listed.substring(0, 1) + listed.substring(1).toLowerCase(Locale.UK));
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
        if (id != null) {
            model.addAttribute("notifications", notificationRows(id));
            model.addAttribute(
                    "notificationHead",
                    List.of(
                            Cell.text("Notification for"),
                            Cell.text("In force from"),
                            Cell.text("Ended on"),
                            Cell.text("Today"),
                            Cell.text("Action")));
        }
        model.addAttribute(
                "forceOptions",
                referenceData.policeForceAreas().entrySet().stream()
                        .map(force -> Option.of(force.getKey(), force.getValue()))
                        .toList());
        return FORM;
    }

    private List<List<Cell>> notificationRows(Long suiteId) {
        LocalDate today = LocalDate.now(clock);
        return conditions.forSuite(suiteId).stream()
                .map(n -> List.of(
                        Cell.text(n.getKind().label()),
                        Cell.text(formats.date(n.getInForceFrom())),
                        Cell.text(n.getEndedOn() == null ? "Still in force" : formats.date(n.getEndedOn())),
                        n.inForceOn(today)
                                ? Cell.tag("In force", "green")
                                : today.isBefore(n.getInForceFrom())
                                        ? Cell.tag("Not yet in force", "blue")
                                        : Cell.tag("Ended", "grey"),
                        Cell.link(
                                "Change",
                                "/admin/custody-suites/" + suiteId + "/notifications/" + n.getId() + "/edit")))
                .toList();
    }
}
