package org.throughcare.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.throughcare.user.ForManagersAndAdministrators;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.util.List;

/** The page of the pseudonymised monitoring extract and its download. */
@Controller
@ForManagersAndAdministrators
class MonitoringExtractController {

    private final DashboardFilterBinding filters;
    private final MonitoringExtract extract;

    MonitoringExtractController(DashboardFilterBinding filters, MonitoringExtract extract) {
        this.filters = filters;
        this.extract = extract;
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
        DashboardFilter filter = filters.bind(form, result, model, user);
        if (filter != null) {
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
        DashboardFilter filter = filters.bind(form, result, model, user);
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
}
