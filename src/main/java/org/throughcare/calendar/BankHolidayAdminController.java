package org.throughcare.calendar;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.user.ForAdministrators;
import org.throughcare.web.Cell;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Formats;
import org.throughcare.web.PageLinks;

import java.util.List;

/** Administrators add next year's bank holidays, and remove one added by mistake. */
@Controller
@RequestMapping("/admin/bank-holidays")
class BankHolidayAdminController {

    static final String VIEW = "calendar/bank-holidays";
    static final int PAGE_SIZE = 25;

    private final WorkingDayCalendar calendar;
    private final Formats formats;

    BankHolidayAdminController(WorkingDayCalendar calendar, Formats formats) {
        this.calendar = calendar;
        this.formats = formats;
    }

    @GetMapping
    @ForAdministrators
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("bankHolidayForm", new BankHolidayForm());
        return show(page, model);
    }

    @PostMapping
    @ForAdministrators
    String add(
            @Valid @ModelAttribute("bankHolidayForm") BankHolidayForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    BankHoliday added = calendar.add(form.getDay().toLocalDate(), form.getName());
                    redirect.addFlashAttribute(
                            "successMessage", added.getName() + " on " + formats.date(added.getDay()) + " added");
                    return "redirect:/admin/bank-holidays";
                },
                () -> show(null, model));
    }

    @PostMapping("/{holidayId}/remove")
    @ForAdministrators
    String remove(@PathVariable Long holidayId, RedirectAttributes redirect) {
        calendar.remove(holidayId);
        redirect.addFlashAttribute("successMessage", "Bank holiday removed");
        return "redirect:/admin/bank-holidays";
    }

    private String show(Integer page, Model model) {
        Page<BankHoliday> holidays = PageLinks.fetch(page, index -> calendar.bankHolidays(index, PAGE_SIZE));
        model.addAttribute("head", List.of(Cell.text("Date"), Cell.text("Name")));
        model.addAttribute("holidays", holidays.getContent());
        model.addAttribute("pages", PageLinks.of(holidays));
        return VIEW;
    }
}
