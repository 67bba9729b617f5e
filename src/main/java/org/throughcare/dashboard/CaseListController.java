package org.throughcare.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.throughcare.user.ForManagersAndAdministrators;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.PageLinks;

import java.util.List;

/**
 * The cases behind a dashboard figure (every count on a dashboard links here), and their CSV download; only the
 * people in the manager's scope (CaseLists). Administrators see figures, never these lists.
 */
@Controller
@ForManagersAndAdministrators
class CaseListController {

    static final int PAGE_SIZE = 25;

    private final DashboardFilterBinding filters;
    private final CaseLists cases;
    private final Formats formats;

    CaseListController(DashboardFilterBinding filters, CaseLists cases, Formats formats) {
        this.filters = filters;
        this.cases = cases;
        this.formats = formats;
    }

    @GetMapping("/dashboard/cases")
    String caseList(
            @RequestParam String figure,
            @RequestParam(required = false) String detail,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) Integer page,
            @Valid @ModelAttribute("filter") DashboardFilterForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        CaseLists.Selection selection = selection(figure, detail, group);
        model.addAttribute("selection", selection);
        model.addAttribute("admin", user.role() == Role.ADMIN);
        List<DashboardFilterBinding.HiddenField> hidden = new java.util.ArrayList<>();
        hidden.add(new DashboardFilterBinding.HiddenField(
                "figure", selection.figure().slug()));
        if (selection.detail() != null) {
            hidden.add(new DashboardFilterBinding.HiddenField("detail", selection.detail()));
        }
        if (selection.breakdown() != null) {
            hidden.add(new DashboardFilterBinding.HiddenField("group", selection.groupParameter()));
        }
        model.addAttribute("hiddenFields", hidden);
        DashboardFilter filter = filters.bind(form, result, model, user);
        if (filter != null && user.role() != Role.ADMIN) {
            Page<CaseLists.CaseRow> rows =
                    PageLinks.fetch(page, index -> cases.page(selection, filter, user, index, PAGE_SIZE));
            model.addAttribute(
                    "head", List.of(Cell.text("Person"), Cell.text("Date"), Cell.text("Team"), Cell.text("Detail")));
            model.addAttribute(
                    "rows",
                    rows.getContent().stream()
                            .map(r -> List.of(
                                    Cell.link(r.name(), "/people/" + r.personId()),
                                    Cell.text(formats.date(r.occurredOn())),
                                    Cell.text(r.teamName()),
                                    Cell.text(selection.figure().describe(r.detail()))))
                            .toList());
            model.addAttribute("pages", PageLinks.of(rows));
            model.addAttribute(
                    "csvHref",
                    "/dashboard/cases.csv?figure=" + selection.figure().slug()
                            + (selection.detail() == null ? "" : "&detail=" + selection.detail()) + "&"
                            + filter.query());
        }
        return "dashboard/cases";
    }

    @GetMapping("/dashboard/cases.csv")
    void caseListCsv(
            @RequestParam String figure,
            @RequestParam(required = false) String detail,
            @RequestParam(required = false) String group,
            @Valid @ModelAttribute("filter") DashboardFilterForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            @AuthenticationPrincipal SignedInUser user) {
        CaseLists.Selection selection = selection(figure, detail, group);
        if (user.role() == Role.ADMIN) {
            throw new AccessDeniedException("Administrators see figures, not the people behind them");
        }
        DashboardFilter filter = filters.bind(form, result, model, user);
        if (filter == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The filter is not valid");
        }
        try (CsvFile csv = CsvFile.open(
                response,
                "cases-" + selection.figure().slug() + "-" + filter.from() + "-to-" + filter.to() + ".csv",
                List.of("Person", "Date", "Team", "Detail"))) {
            cases.export(
                    selection,
                    filter,
                    user,
                    row -> csv.row(List.of(
                            row.name(),
                            row.occurredOn().toString(),
                            row.teamName(),
                            selection.figure().describe(row.detail()))));
        }
    }

    private static CaseLists.Selection selection(String figureSlug, String detail, String group) {
        Figure figure = Figure.of(figureSlug);
        if (figure == null
                || (detail != null && !detail.isEmpty() && !figure.details().containsKey(detail))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such figure");
        }
        String chosenDetail = detail == null || detail.isEmpty() ? null : detail;
        if (group == null || group.isEmpty()) {
            return new CaseLists.Selection(figure, chosenDetail);
        }
        // Only the pathway is broken down by need: "SEX:FEMALE", "~" for not recorded.
        int colon = group.indexOf(':');
        PathwayFigures.Breakdown breakdown = colon < 0 ? null : PathwayFigures.Breakdown.of(group.substring(0, colon));
        if (figure != Figure.PATHWAY || breakdown == null || group.length() > 80) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such group");
        }
        String value = group.substring(colon + 1);
        return new CaseLists.Selection(figure, chosenDetail, breakdown, "~".equals(value) ? null : value);
    }
}
