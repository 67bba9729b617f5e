package org.throughcare.compliance;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.user.ForProbationOfficers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.PageLinks;
import org.throughcare.web.WorkList;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Probation officer home page: the caseload of active orders (the officer's own or the team's), sortable,
 * filterable to those needing action and paginated, one statement for the rows; and the people the team recorded
 * as released from prison who have not been seen in community treatment yet.
 */
@Controller
class ProbationHomeController {

    static final String VIEW = "compliance/home";

    static final int PAGE_SIZE = 25;

    static final List<Cell> HEAD = List.of(
            Cell.text("Person"),
            Cell.text("Order"),
            Cell.text("Ends"),
            Cell.text("Next appointment"),
            Cell.text("Next court review"),
            Cell.text("Failures in 12 months"),
            new Cell("Overdue outcomes", null, null, true),
            Cell.text("Checklist"),
            Cell.text("Released, no treatment appointment"));

    static final int OVERDUE_SHOWN = 10;

    static final List<Cell> OVERDUE_HEAD =
            List.of(Cell.text("Person"), Cell.text("Kind"), Cell.text("Appointment"), Cell.text(""));

    private final ProbationHome home;
    private final Formats formats;

    ProbationHomeController(ProbationHome home, Formats formats) {
        this.home = home;
        this.formats = formats;
    }

    @GetMapping("/probation")
    @ForProbationOfficers
    String home(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Boolean needsAction,
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        ComplianceSummaries.Scope chosenScope = ComplianceSummaries.Scope.of(scope);
        ComplianceSummaries.Sort chosenSort = ComplianceSummaries.Sort.of(sort);
        boolean onlyNeedingAction = Boolean.TRUE.equals(needsAction);
        ProbationHome.Lists lists =
                home.read(user, chosenScope, onlyNeedingAction, chosenSort, page, PAGE_SIZE, OVERDUE_SHOWN);
        Page<OrderCompliance> rows = lists.caseload();
        model.addAttribute("scope", chosenScope.name().toLowerCase());
        model.addAttribute(
                "scopeOptions", List.of(Option.of("mine", "My orders"), Option.of("team", "My team’s orders")));
        model.addAttribute("sort", chosenSort.slug());
        model.addAttribute(
                "sortOptions",
                Arrays.stream(ComplianceSummaries.Sort.values())
                        .map(s -> Option.of(s.slug(), s.label()))
                        .toList());
        model.addAttribute("needsAction", onlyNeedingAction);
        List<ComplianceSummaries.Overdue> overdue = lists.overdue();
        Map<Long, String> names = lists.names();
        model.addAttribute("head", HEAD);
        model.addAttribute("rows", rows(rows.getContent(), names));
        model.addAttribute(
                "overdue",
                new WorkList(
                        "Appointment outcomes overdue",
                        "No appointment outcome is overdue.",
                        OVERDUE_HEAD,
                        overdue.stream()
                                .map(o -> List.of(
                                        Cell.link(
                                                names.getOrDefault(o.personId(), "Person " + o.personId()),
                                                "/orders/" + o.orderId() + "#appointments"),
                                        Cell.text(o.kind().label()),
                                        Cell.text(formats.dateTime(o.startsAt())),
                                        Cell.link("Record outcome", "/appointments/" + o.appointmentId() + "/outcome")))
                                .toList(),
                        overdue.isEmpty() ? 0 : overdue.get(0).total(),
                        null));
        model.addAttribute("pages", PageLinks.of(rows));
        model.addAttribute("released", lists.released());
        return VIEW;
    }

    List<List<Cell>> rows(List<OrderCompliance> orders, Map<Long, String> names) {
        return orders.stream()
                .map(o -> {
                    ComplianceTag tag = o.tag();
                    return List.of(
                            Cell.link(
                                    names.getOrDefault(o.personId(), "Person " + o.personId()),
                                    "/orders/" + o.orderId()),
                            Cell.text(o.label()),
                            Cell.text(formats.date(o.endsOn())),
                            Cell.text(o.nextAppointment() == null ? "None" : formats.dateTime(o.nextAppointment())),
                            Cell.text(o.nextReviewOn() == null ? "None" : formats.date(o.nextReviewOn())),
                            Cell.tag(tag.text(), tag.colour()),
                            Cell.number(o.overdue()),
                            o.checklistDue() ? Cell.tag("Due", "orange") : Cell.text("Up to date"),
                            o.releasedNotSeen() ? Cell.tag("Not seen", "orange") : Cell.text("No"));
                })
                .toList();
    }
}
