package org.throughcare.dashboard;

import org.springframework.stereotype.Component;
import org.throughcare.web.Cell;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.List;

/** Appointments under orders by month: the compliance rate, failures, warnings and breach actions. */
@Component
class ComplianceDashboard implements Dashboard {

    private final DashboardFigures figures;

    ComplianceDashboard(DashboardFigures figures) {
        this.figures = figures;
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public boolean fromSummaries() {
        return true;
    }

    @Override
    public String slug() {
        return "compliance";
    }

    @Override
    public String title() {
        return "Compliance";
    }

    @Override
    public String description() {
        return "Appointments under orders: the compliance rate, unacceptable absences, warnings and breach actions.";
    }

    @Override
    public View view(DashboardFilter filter, FigureLinks link) {
        List<DashboardFigures.ComplianceMonth> months = figures.compliance(filter);
        DashboardFigures.ComplianceMonth all = new DashboardFigures.ComplianceMonth(
                null,
                Months.sum(months, DashboardFigures.ComplianceMonth::withOutcome),
                Months.sum(months, DashboardFigures.ComplianceMonth::complied),
                Months.sum(months, DashboardFigures.ComplianceMonth::failedToComply),
                Months.sum(months, DashboardFigures.ComplianceMonth::unacceptableAbsences),
                Months.sum(months, DashboardFigures.ComplianceMonth::warnings),
                Months.sum(months, DashboardFigures.ComplianceMonth::breaches));
        List<SummaryRow> headlines = List.of(
                SummaryRow.of("Compliance rate", all.rate() == null ? "No outcomes recorded" : all.rate() + "%"),
                SummaryRow.of("Unacceptable absences", String.valueOf(all.unacceptableAbsences())),
                SummaryRow.of("Warnings", String.valueOf(all.warnings())),
                SummaryRow.of("Breach actions", String.valueOf(all.breaches())));
        List<List<Cell>> rows = new ArrayList<>();
        for (DashboardFigures.ComplianceMonth m : months) {
            rows.add(row(Months.name(m.month()), m, filter.within(m.month()), link));
        }
        rows.add(row("Total", all, filter, link));
        Table table = new Table(
                "Compliance by month",
                Dashboard.numericHead(
                        "Month",
                        "Appointments with an outcome",
                        "Complied",
                        "Compliance rate (%)",
                        "Failed to comply",
                        "Unacceptable absences",
                        "Warnings",
                        "Breach actions"),
                rows);
        return new View(
                headlines,
                Months.chart(
                        "Compliance rate per month (%)",
                        months, DashboardFigures.ComplianceMonth::month, m -> m.rate() == null ? 0 : m.rate()),
                List.of(table));
    }

    private static List<Cell> row(
            String label, DashboardFigures.ComplianceMonth m, DashboardFilter period, FigureLinks link) {
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
}
