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
import org.springframework.web.bind.annotation.PathVariable;
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
 * The dashboards (custody, orders, compliance) and the cases behind each figure, each filtered by area, team and
 * period, with a CSV download of every table and list. Managers read their own area; administrators every area,
 * in figures only.
 */
@Controller
@ForManagersAndAdministrators
class DashboardController {

    static final int PAGE_SIZE = 25;

    /** A link to a dashboard keeping the filter; current for the one shown. */
    record DashboardLink(String title, String href, boolean current) {}

    /** A parameter a filter form carries along unchanged. */
    record HiddenField(String name, String value) {}

    private final DashboardScope scope;
    private final Dashboards dashboards;
    private final CaseLists cases;
    private final MonitoringExtract extract;
    private final Formats formats;

    DashboardController(
            DashboardScope scope, Dashboards dashboards, CaseLists cases, MonitoringExtract extract, Formats formats) {
        this.extract = extract;
        this.scope = scope;
        this.dashboards = dashboards;
        this.cases = cases;
        this.formats = formats;
    }

    @GetMapping("/manager")
    String home(Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("dashboards", dashboards.all());
        model.addAttribute("admin", user.role() == Role.ADMIN);
        model.addAttribute("areaName", user.areaName());
        return "dashboard/home";
    }

    @GetMapping("/dashboard/{name}")
    String dashboard(
            @PathVariable String name,
            @Valid @ModelAttribute("filter") DashboardFilterForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        Dashboard dashboard = dashboard(name);
        DashboardFilter filter = filter(form, result, model, user);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute(
                "dashboardLinks",
                dashboards.all().stream()
                        .map(d -> new DashboardLink(
                                d.title(),
                                "/dashboard/" + d.slug() + (filter == null ? "" : "?" + filter.query()),
                                d == dashboard))
                        .toList());
        model.addAttribute("hiddenFields", List.of());
        if (filter != null) {
            model.addAttribute("chosen", filter);
            model.addAttribute("period", formats.date(filter.from()) + " to " + formats.date(filter.to()));
            model.addAttribute("view", dashboard.view(filter, new FigureLinks(user.role() != Role.ADMIN)));
        }
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard/{name}.csv")
    void dashboardCsv(
            @PathVariable String name,
            @Valid @ModelAttribute("filter") DashboardFilterForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            @AuthenticationPrincipal SignedInUser user) {
        Dashboard dashboard = dashboard(name);
        DashboardFilter filter = filter(form, result, model, user);
        if (filter == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The filter is not valid");
        }
        dashboards.export(dashboard, filter, user, response);
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
        List<HiddenField> hidden = new java.util.ArrayList<>();
        hidden.add(new HiddenField("figure", selection.figure().slug()));
        if (selection.detail() != null) {
            hidden.add(new HiddenField("detail", selection.detail()));
        }
        if (selection.breakdown() != null) {
            hidden.add(new HiddenField("group", selection.groupParameter()));
        }
        model.addAttribute("hiddenFields", hidden);
        DashboardFilter filter = filter(form, result, model, user);
        if (filter != null && user.role() != Role.ADMIN) {
            Page<CaseLists.CaseRow> rows =
                    PageLinks.fetch(page, index -> cases.page(selection, filter, user, index, PAGE_SIZE));
            model.addAttribute("chosen", filter);
            model.addAttribute("period", formats.date(filter.from()) + " to " + formats.date(filter.to()));
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
        DashboardFilter filter = filter(form, result, model, user);
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

    @GetMapping("/dashboard/extract")
    String extractPage(
            @Valid @ModelAttribute("filter") DashboardFilterForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("admin", user.role() == Role.ADMIN);
        model.addAttribute("hiddenFields", List.of());
        model.addAttribute("columns", MonitoringExtract.HEADER);
        DashboardFilter filter = filter(form, result, model, user);
        if (filter != null) {
            model.addAttribute("chosen", filter);
            model.addAttribute("period", formats.date(filter.from()) + " to " + formats.date(filter.to()));
            model.addAttribute("csvHref", "/dashboard/extract.csv?" + filter.query());
        }
        return "dashboard/extract";
    }

    @GetMapping("/dashboard/extract.csv")
    void extractCsv(
            @Valid @ModelAttribute("filter") DashboardFilterForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            @AuthenticationPrincipal SignedInUser user) {
        if (user.role() == Role.ADMIN) {
            throw new AccessDeniedException("Administrators see figures, not the people behind them");
        }
        DashboardFilter filter = filter(form, result, model, user);
        if (filter == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The filter is not valid");
        }
        try (CsvFile csv = CsvFile.open(
                response,
                "monitoring-extract-" + filter.from() + "-to-" + filter.to() + ".csv",
                MonitoringExtract.HEADER)) {
            extract.export(filter, user, row -> csv.row(row.cells()));
        }
    }

    private DashboardFilter filter(DashboardFilterForm form, BindingResult result, Model model, SignedInUser user) {
        List<DashboardScope.TeamRow> teams = scope.teams(user);
        scope.applyDefaults(form, user);
        DashboardFilter filter = scope.resolve(form, user, teams, result);
        model.addAttribute("areaOptions", scope.areaOptions(teams));
        model.addAttribute("teamOptions", scope.teamOptions(teams, form.getArea()));
        model.addAttribute("chooseArea", user.role() == Role.ADMIN);
        return filter;
    }

    private Dashboard dashboard(String name) {
        return dashboards
                .find(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such dashboard"));
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
