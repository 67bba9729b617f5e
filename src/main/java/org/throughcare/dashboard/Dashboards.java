package org.throughcare.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.user.SignedInUser;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every {@link Dashboard} bean in order, and the CSV download of a dashboard's first table, audited. */
@Component
class Dashboards {

    private final List<Dashboard> all;
    private final AuditService audit;

    Dashboards(List<Dashboard> dashboards, AuditService audit) {
        this.all = dashboards.stream()
                .sorted(Comparator.comparingInt(Dashboard::position))
                .toList();
        this.audit = audit;
    }

    List<Dashboard> all() {
        return all;
    }

    Optional<Dashboard> find(String slug) {
        return all.stream().filter(d -> d.slug().equals(slug)).findFirst();
    }

    @Transactional
    void export(Dashboard dashboard, DashboardFilter filter, SignedInUser user, HttpServletResponse response) {
        Dashboard.Table table =
                dashboard.view(filter, new FigureLinks(false)).tables().get(0);
        try (CsvFile csv = CsvFile.open(
                response,
                dashboard.slug() + "-" + filter.from() + "-to-" + filter.to() + ".csv",
                table.head().stream().map(c -> c.text()).toList())) {
            table.rows().forEach(row -> csv.row(row.stream().map(c -> c.text()).toList()));
        }
        audit.record(
                user.username(),
                AuditAction.EXPORT,
                CaseLists.DASHBOARD,
                dashboard.slug(),
                dashboard.title() + " dashboard, " + filter.label() + ", " + filter.from() + " to " + filter.to() + ": "
                        + table.rows().size() + " rows as CSV");
    }
}
