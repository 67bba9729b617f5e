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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.user.ForAdministrators;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;
import org.throughcare.web.SummaryRow;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Administrators add a custody suite's notification conditions and change their dates. */
@Controller
@RequestMapping("/admin/custody-suites/{suiteId}/notifications")
@ForAdministrators
class TestingNotificationAdminController {

    static final String FORM = "custody/admin/notification-form";
    static final String FORM_NAME = "testingNotificationForm";

    private final ReferenceDataService referenceData;
    private final NotificationConditions conditions;

    TestingNotificationAdminController(ReferenceDataService referenceData, NotificationConditions conditions) {
        this.referenceData = referenceData;
        this.conditions = conditions;
    }

    @InitBinder
    void disallowIds(WebDataBinder binder) {
        binder.setDisallowedFields("id", "suiteId");
    }

    @GetMapping("/new")
    @ForAdministrators
    String newNotification(@PathVariable Long suiteId, Model model) {
        model.addAttribute(FORM_NAME, new TestingNotificationForm());
        return showForm(suiteId, null, model);
    }

    @PostMapping("/new")
    @ForAdministrators
    String create(
            @PathVariable Long suiteId,
            @Valid @ModelAttribute(FORM_NAME) TestingNotificationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    TestingNotification added = conditions.create(suiteId, form.toDetails());
                    redirect.addFlashAttribute(
                            "successMessage", added.getKind().label() + " added to the notification conditions");
                    return suitePage(suiteId);
                },
                () -> showForm(suiteId, null, model));
    }

    @GetMapping("/{notificationId}/edit")
    @ForAdministrators
    String edit(@PathVariable Long suiteId, @PathVariable Long notificationId, Model model) {
        model.addAttribute(FORM_NAME, TestingNotificationForm.of(conditions.get(suiteId, notificationId)));
        return showForm(suiteId, notificationId, model);
    }

    @PostMapping("/{notificationId}/edit")
    @ForAdministrators
    String update(
            @PathVariable Long suiteId,
            @PathVariable Long notificationId,
            @Valid @ModelAttribute(FORM_NAME) TestingNotificationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    TestingNotification changed = conditions.update(suiteId, notificationId, form.toDetails());
                    redirect.addFlashAttribute(
                            "successMessage",
                            "Changes to " + changed.getKind().label().toLowerCase(Locale.UK) + " saved");
                    return suitePage(suiteId);
                },
                () -> showForm(suiteId, notificationId, model));
    }

    private static String suitePage(Long suiteId) {
        return "redirect:/admin/custody-suites/" + suiteId + "/edit";
    }

    private String showForm(Long suiteId, Long notificationId, Model model) {
        CustodySuite suite = referenceData.suite(suiteId);
        model.addAttribute("suite", suite);
        TestingNotification notification = notificationId == null ? null : conditions.get(suiteId, notificationId);
        model.addAttribute("notification", notification);
        model.addAttribute(
                "kindRows",
                notification == null
                        ? List.of()
                        : List.of(
                                SummaryRow.of("Custody suite", suite.getName()),
                                SummaryRow.of(
                                        "Notification for",
                                        notification.getKind().label())));
        model.addAttribute(
                "kindOptions",
                Arrays.stream(NotificationKind.values())
                        .map(k -> new Option(k.name(), k.label(), k.law()))
                        .toList());
        return FORM;
    }
}
