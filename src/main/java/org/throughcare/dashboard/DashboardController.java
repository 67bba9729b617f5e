package org.throughcare.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.throughcare.user.ForManagersAndAdministrators;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.util.List;

/**
 * The list of dashboards and each dashboard, filtered by area, team and period, with the CSV download of its first
 * table. Managers read their own area; administrators every area, in figures only.
 */
@Controller
@ForManagersAndAdministrators
class DashboardController {

    /** A link to a dashboard keeping the filter; current for the one shown. */
    record DashboardLink(String title, String href, boolean current) {}

    private final DashboardFilterBinding filters;
    private final Dashboards dashboards;
    private final DashboardSummaries summaries;
    private final Formats formats;

    DashboardController(
            DashboardFilterBinding filters, Dashboards dashboards, DashboardSummaries summaries, Formats formats) {
        this.filters = filters;
        this.dashboards = dashboards;
        this.summaries = summaries;
        this.formats = formats;
    }

    /** A dashboard as the manager's home page lists it (public, so the template's expressions compile). */
    public record Listed(String slug, String title, String description) {}

    @GetMapping("/manager")
    String home(Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute(
                "dashboards",
                dashboards.all().stream()
                        .map(d -> new Listed(d.slug(), d.title(), d.description()))
                        .toList());
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
        DashboardFilter filter = filters.bind(form, result, model, user);
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
            model.addAttribute("view", dashboard.view(filter, new FigureLinks(user.role() != Role.ADMIN)));
        }
        if (dashboard.fromSummaries() && summaries.refreshedAt() != null) {
            model.addAttribute(
                    "countedAt",
                    "Figures as counted at " + formats.dateTime(summaries.refreshedAt())
                            + (dashboard.listsFromSummaries()
                                    ? ". They are recounted every few minutes, and the lists behind them show the"
                                            + " people counted then."
                                    : ". They are recounted every few minutes; the lists behind them are always up"
                                            + " to date."));
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
        DashboardFilter filter = filters.bind(form, result, model, user);
        if (filter == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The filter is not valid");
        }
        dashboards.export(dashboard, filter, user, response);
    }

    private Dashboard dashboard(String name) {
        return dashboards
                .find(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such dashboard"));
    }
}
