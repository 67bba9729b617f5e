package org.throughcare.user;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditService;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.PageLinks;

import java.util.List;
import java.util.Map;

/** The administrator's window on the audit trail, searchable by user, record and date. */
@Controller
class AuditLogController {

    static final String VIEW = "user/audit-log";
    static final int PAGE_SIZE = 50;

    private final AuditService audit;
    private final Formats formats;

    AuditLogController(AuditService audit, Formats formats) {
        this.audit = audit;
        this.formats = formats;
    }

    @GetMapping("/admin/audit")
    @ForAdministrators
    String search(
            @Valid @ModelAttribute("search") AuditSearchForm search,
            BindingResult result,
            @RequestParam(required = false) Integer page,
            Model model) {
        if (!result.hasFieldErrors("from") && !result.hasFieldErrors("to") && search.datesOutOfOrder()) {
            result.rejectValue("to", "range", "The to date must be the same as or after the from date");
        }
        Map<String, String> kinds = audit.recordKinds();
        model.addAttribute(
                "kindOptions",
                kinds.entrySet().stream()
                        .map(kind -> Option.of(kind.getKey(), kind.getValue()))
                        .toList());
        if (result.hasErrors()) {
            model.addAttribute("rows", List.of());
            return VIEW;
        }
        Page<AuditEvent> events = PageLinks.fetch(page, index -> audit.search(search.toQuery(), index, PAGE_SIZE));
        model.addAttribute(
                "head",
                List.of(
                        Cell.text("When"),
                        Cell.text("User"),
                        Cell.text("Action"),
                        Cell.text("Record"),
                        Cell.text("Details")));
        model.addAttribute(
                "rows",
                events.stream()
                        .map(event -> List.of(
                                Cell.text(formats.dateTime(event.getOccurredAt())),
                                Cell.text(event.getActor()),
                                Cell.text(event.getAction().label()),
                                Cell.text(kinds.getOrDefault(event.getRecordType(), event.getRecordType())
                                        + (event.getRecordId() == null ? "" : " " + event.getRecordId())),
                                Cell.text(event.getSummary())))
                        .toList());
        model.addAttribute("pages", PageLinks.of(events));
        return VIEW;
    }
}
