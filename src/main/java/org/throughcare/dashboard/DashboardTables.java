package org.throughcare.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.SummaryRow;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What each dashboard shows, built from {@link DashboardFigures}: headline figures, a chart, and the monthly table the
 * chart draws, every count linked to the cases behind it. The same tables are what the CSV download writes.
 */
@Component
class DashboardTables {

    enum Dashboard {
        CUSTODY(
                "custody",
                "Custody",
                "Drug tests on arrest and their results, and the required assessments that followed."),
        ORDERS(
                "orders",
                "Orders",
                "Orders commenced with a DRR, ATR or MHTR, orders active, completed and revoked, and breaches."),
        COMPLIANCE(
                "compliance",
                "Compliance",
                "Appointments under orders: the compliance rate, unacceptable absences, warnings and breach actions.");

        private final String slug;
        private final String title;
        private final String description;

        Dashboard(String slug, String title, String description) {
            this.slug = slug;
            this.title = title;
            this.description = description;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }

        public String description() {
            return description;
        }

        static Dashboard of(String slug) {
            for (Dashboard d : values()) {
                if (d.slug.equals(slug)) {
                    return d;
                }
            }
            return null;
        }
    }

    /** A table: caption, heading cells, rows of cells. */
    record Table(String caption, List<Cell> head, List<List<Cell>> rows) {}

    /** One dashboard as the page shows it. */
    record View(List<SummaryRow> headlines, BarChart chart, List<Table> tables) {}

    private final DashboardFigures figures;
    private final AuditService audit;

    DashboardTables(DashboardFigures figures, AuditService audit) {
        this.figures = figures;
        this.audit = audit;
    }

    /** The dashboard; {@code links} false for a user who may not see the people behind the figures. */
    View view(Dashboard dashboard, DashboardFilter filter, boolean links) {
        Linker link = new Linker(filter, links);
        return switch (dashboard) {
            case CUSTODY -> custody(filter, link);
            case ORDERS -> orders(filter, link);
            case COMPLIANCE -> compliance(filter, link);
        };
    }

    @Transactional
    void export(Dashboard dashboard, DashboardFilter filter, SignedInUser user, HttpServletResponse response) {
        View view = view(dashboard, filter, false);
        Table table = view.tables().get(0);
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

    private View custody(DashboardFilter filter, Linker link) {
        List<DashboardFigures.CustodyMonth> months = figures.custody(filter);
        long tests = sum(months, DashboardFigures.CustodyMonth::tests);
        long positive = sum(months, DashboardFigures.CustodyMonth::positive);
        long attended = sum(months, DashboardFigures.CustodyMonth::attended);
        long failed = sum(months, DashboardFigures.CustodyMonth::failed);
        List<SummaryRow> headlines = List.of(
                SummaryRow.of("Tests", String.valueOf(tests)),
                SummaryRow.of("Positive for opiates, cocaine or both", positive + percent(positive, tests)),
                SummaryRow.of("Required assessments attended", String.valueOf(attended)),
                SummaryRow.of("Required assessments failed", failed + percent(failed, attended + failed)));
        List<List<Cell>> rows = new ArrayList<>();
        for (DashboardFigures.CustodyMonth m : months) {
            DashboardFilter month = filter.within(m.month());
            rows.add(List.of(
                    Cell.text(DashboardController.month(m.month())),
                    link.count(m.tests(), Figure.CUSTODY_TESTS, null, month),
                    link.count(m.opiatesOnly(), Figure.CUSTODY_TESTS, "OPIATES_ONLY", month),
                    link.count(m.cocaineOnly(), Figure.CUSTODY_TESTS, "COCAINE_ONLY", month),
                    link.count(m.both(), Figure.CUSTODY_TESTS, "BOTH", month),
                    link.count(m.negative(), Figure.CUSTODY_TESTS, "NEGATIVE", month),
                    link.count(m.refused(), Figure.CUSTODY_TESTS, "REFUSED", month),
                    link.count(m.noValidSample(), Figure.CUSTODY_TESTS, "NO_VALID_SAMPLE", month),
                    link.count(m.attended(), Figure.REQUIRED_ASSESSMENTS, "ATTENDED", month),
                    link.count(m.failed(), Figure.REQUIRED_ASSESSMENTS, "FAILED", month)));
        }
        rows.add(List.of(
                Cell.text("Total"),
                link.count(tests, Figure.CUSTODY_TESTS, null, filter),
                link.count(
                        sum(months, DashboardFigures.CustodyMonth::opiatesOnly),
                        Figure.CUSTODY_TESTS,
                        "OPIATES_ONLY",
                        filter),
                link.count(
                        sum(months, DashboardFigures.CustodyMonth::cocaineOnly),
                        Figure.CUSTODY_TESTS,
                        "COCAINE_ONLY",
                        filter),
                link.count(sum(months, DashboardFigures.CustodyMonth::both), Figure.CUSTODY_TESTS, "BOTH", filter),
                link.count(
                        sum(months, DashboardFigures.CustodyMonth::negative), Figure.CUSTODY_TESTS, "NEGATIVE", filter),
                link.count(
                        sum(months, DashboardFigures.CustodyMonth::refused), Figure.CUSTODY_TESTS, "REFUSED", filter),
                link.count(
                        sum(months, DashboardFigures.CustodyMonth::noValidSample),
                        Figure.CUSTODY_TESTS,
                        "NO_VALID_SAMPLE",
                        filter),
                link.count(attended, Figure.REQUIRED_ASSESSMENTS, "ATTENDED", filter),
                link.count(failed, Figure.REQUIRED_ASSESSMENTS, "FAILED", filter)));
        Table table = new Table(
                "Tests and results by month",
                numericHead(
                        "Month",
                        "Tests",
                        "Opiates only",
                        "Cocaine only",
                        "Both",
                        "Negative",
                        "Refused",
                        "No valid sample",
                        "Assessments attended",
                        "Assessments failed"),
                rows);
        BarChart chart = chart(
                "Tests per month", months, DashboardFigures.CustodyMonth::month, DashboardFigures.CustodyMonth::tests);
        return new View(headlines, chart, List.of(table));
    }

    private View orders(DashboardFilter filter, Linker link) {
        List<DashboardFigures.OrderMonth> months = figures.commencements(filter);
        DashboardFigures.OrderTotals totals = figures.orderTotals(filter);
        List<SummaryRow> headlines = List.of(
                SummaryRow.of("Orders active today", String.valueOf(totals.activeToday())),
                SummaryRow.of(
                        "Orders commenced with a DRR", String.valueOf(sum(months, DashboardFigures.OrderMonth::drr))),
                SummaryRow.of("Completed", String.valueOf(totals.completed())),
                SummaryRow.of("Revoked early for good progress", String.valueOf(totals.revokedGoodProgress())),
                SummaryRow.of("Breach actions", String.valueOf(totals.breaches())));
        List<List<Cell>> rows = new ArrayList<>();
        for (DashboardFigures.OrderMonth m : months) {
            DashboardFilter month = filter.within(m.month());
            rows.add(List.of(
                    Cell.text(DashboardController.month(m.month())),
                    link.count(m.orders(), Figure.ORDERS_COMMENCED, null, month),
                    link.count(m.drr(), Figure.ORDERS_COMMENCED, "DRR", month),
                    link.count(m.atr(), Figure.ORDERS_COMMENCED, "ATR", month),
                    link.count(m.mhtr(), Figure.ORDERS_COMMENCED, "MHTR", month)));
        }
        rows.add(List.of(
                Cell.text("Total"),
                link.count(sum(months, DashboardFigures.OrderMonth::orders), Figure.ORDERS_COMMENCED, null, filter),
                link.count(sum(months, DashboardFigures.OrderMonth::drr), Figure.ORDERS_COMMENCED, "DRR", filter),
                link.count(sum(months, DashboardFigures.OrderMonth::atr), Figure.ORDERS_COMMENCED, "ATR", filter),
                link.count(sum(months, DashboardFigures.OrderMonth::mhtr), Figure.ORDERS_COMMENCED, "MHTR", filter)));
        Table commenced = new Table(
                "Orders commenced by month",
                numericHead("Month", "Orders", "With a DRR", "With an ATR", "With an MHTR"),
                rows);
        Table outcomes = new Table(
                "Orders active, ended and breached",
                numericHead("Figure", "Number"),
                List.of(
                        List.of(
                                Cell.text("Active today"),
                                link.count(totals.activeToday(), Figure.ORDERS_ACTIVE, null, filter)),
                        List.of(
                                Cell.text("Completed"),
                                link.count(totals.completed(), Figure.ORDERS_ENDED, "COMPLETED", filter)),
                        List.of(
                                Cell.text("Revoked early for good progress"),
                                link.count(
                                        totals.revokedGoodProgress(),
                                        Figure.ORDERS_ENDED,
                                        "REVOKED_GOOD_PROGRESS",
                                        filter)),
                        List.of(
                                Cell.text("Revoked and re-sentenced"),
                                link.count(
                                        totals.revokedResentenced(),
                                        Figure.ORDERS_ENDED,
                                        "REVOKED_RESENTENCED",
                                        filter)),
                        List.of(
                                Cell.text("Breach actions"),
                                link.count(totals.breaches(), Figure.ENFORCEMENT, "BREACH", filter))));
        BarChart chart = chart(
                "Orders with a DRR commenced per month",
                months,
                DashboardFigures.OrderMonth::month,
                DashboardFigures.OrderMonth::drr);
        return new View(headlines, chart, List.of(commenced, outcomes));
    }

    private View compliance(DashboardFilter filter, Linker link) {
        List<DashboardFigures.ComplianceMonth> months = figures.compliance(filter);
        long withOutcome = sum(months, DashboardFigures.ComplianceMonth::withOutcome);
        long complied = sum(months, DashboardFigures.ComplianceMonth::complied);
        DashboardFigures.ComplianceMonth all = new DashboardFigures.ComplianceMonth(
                null,
                withOutcome,
                complied,
                sum(months, DashboardFigures.ComplianceMonth::failedToComply),
                sum(months, DashboardFigures.ComplianceMonth::unacceptableAbsences),
                sum(months, DashboardFigures.ComplianceMonth::warnings),
                sum(months, DashboardFigures.ComplianceMonth::breaches));
        List<SummaryRow> headlines = List.of(
                SummaryRow.of("Compliance rate", all.rate() == null ? "No outcomes recorded" : all.rate() + "%"),
                SummaryRow.of("Unacceptable absences", String.valueOf(all.unacceptableAbsences())),
                SummaryRow.of("Warnings", String.valueOf(all.warnings())),
                SummaryRow.of("Breach actions", String.valueOf(all.breaches())));
        List<List<Cell>> rows = new ArrayList<>();
        for (DashboardFigures.ComplianceMonth m : months) {
            rows.add(complianceRow(DashboardController.month(m.month()), m, filter.within(m.month()), link));
        }
        rows.add(complianceRow("Total", all, filter, link));
        Table table = new Table(
                "Compliance by month",
                numericHead(
                        "Month",
                        "Appointments with an outcome",
                        "Complied",
                        "Compliance rate (%)",
                        "Failed to comply",
                        "Unacceptable absences",
                        "Warnings",
                        "Breach actions"),
                rows);
        BarChart chart = chart(
                "Compliance rate per month (%)",
                months, DashboardFigures.ComplianceMonth::month, m -> m.rate() == null ? 0 : m.rate());
        return new View(headlines, chart, List.of(table));
    }

    private static List<Cell> complianceRow(
            String label, DashboardFigures.ComplianceMonth m, DashboardFilter period, Linker link) {
        return List.of(
                Cell.text(label),
                link.count(m.withOutcome(), Figure.APPOINTMENTS, null, period),
                Cell.number(m.complied()),
                m.rate() == null ? new Cell("–", null, null, true) : Cell.number(m.rate()),
                link.count(m.failedToComply(), Figure.APPOINTMENTS, "ATTENDED_FAILED_TO_COMPLY", period),
                link.count(m.unacceptableAbsences(), Figure.APPOINTMENTS, "UNACCEPTABLE_ABSENCE", period),
                link.count(m.warnings(), Figure.ENFORCEMENT, "WARNING", period),
                link.count(m.breaches(), Figure.ENFORCEMENT, "BREACH", period));
    }

    private static <R> BarChart chart(
            String title, List<R> months, Function<R, YearMonth> month, Function<R, Number> value) {
        return BarChart.of(
                title,
                months.stream()
                        .map(m -> DashboardController.month(month.apply(m)))
                        .toList(),
                months.stream()
                        .map(m -> DashboardController.shortMonth(month.apply(m)))
                        .toList(),
                months.stream().map(value).toList());
    }

    private static List<Cell> numericHead(String first, String... numbers) {
        List<Cell> head = new ArrayList<>();
        head.add(Cell.text(first));
        for (String n : numbers) {
            head.add(new Cell(n, null, null, true));
        }
        return head;
    }

    private static <R> long sum(List<R> rows, java.util.function.ToLongFunction<R> value) {
        return rows.stream().mapToLong(value).sum();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + "%)";
    }

    /** Counts as links to the cases behind them, or plain numbers for a user who may not see those. */
    private record Linker(DashboardFilter filter, boolean links) {

        Cell count(long count, Figure figure, String detail, DashboardFilter period) {
            if (!links || count == 0) {
                return Cell.number(count);
            }
            return new Cell(
                    String.valueOf(count),
                    "/dashboard/cases?figure=" + figure.slug() + (detail == null ? "" : "&detail=" + detail) + "&"
                            + period.query(),
                    null,
                    true);
        }
    }
}
