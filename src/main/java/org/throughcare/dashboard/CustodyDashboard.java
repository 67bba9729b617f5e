package org.throughcare.dashboard;

import org.springframework.stereotype.Component;
import org.throughcare.web.Cell;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.List;

/** Drug tests on arrest by month, their results, and the initial required assessments that followed. */
@Component
class CustodyDashboard implements Dashboard {

    private final DashboardFigures figures;

    CustodyDashboard(DashboardFigures figures) {
        this.figures = figures;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public boolean fromSummaries() {
        return true;
    }

    @Override
    public String slug() {
        return "custody";
    }

    @Override
    public String title() {
        return "Custody";
    }

    @Override
    public String description() {
        return "Drug tests on arrest and their results, and the required assessments that followed.";
    }

    @Override
    public View view(DashboardFilter filter, FigureLinks link) {
        List<DashboardFigures.CustodyMonth> months = figures.custody(filter);
        DashboardFigures.CustodyMonth all = new DashboardFigures.CustodyMonth(
                null,
                Months.sum(months, DashboardFigures.CustodyMonth::tests),
                Months.sum(months, DashboardFigures.CustodyMonth::opiatesOnly),
                Months.sum(months, DashboardFigures.CustodyMonth::cocaineOnly),
                Months.sum(months, DashboardFigures.CustodyMonth::both),
                Months.sum(months, DashboardFigures.CustodyMonth::negative),
                Months.sum(months, DashboardFigures.CustodyMonth::refused),
                Months.sum(months, DashboardFigures.CustodyMonth::noValidSample),
                Months.sum(months, DashboardFigures.CustodyMonth::attended),
                Months.sum(months, DashboardFigures.CustodyMonth::failed));
        List<SummaryRow> headlines = List.of(
                SummaryRow.of("Tests", String.valueOf(all.tests())),
                SummaryRow.of(
                        "Positive for opiates, cocaine or both",
                        all.positive() + Dashboard.percent(all.positive(), all.tests())),
                SummaryRow.of("Required assessments attended", String.valueOf(all.attended())),
                SummaryRow.of(
                        "Required assessments failed",
                        all.failed() + Dashboard.percent(all.failed(), all.attended() + all.failed())));
        List<List<Cell>> rows = new ArrayList<>();
        for (DashboardFigures.CustodyMonth m : months) {
            rows.add(row(Months.name(m.month()), m, filter.within(m.month()), link));
        }
        rows.add(row("Total", all, filter, link));
        Table table = new Table(
                "Tests and results by month",
                Dashboard.numericHead(
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
        return new View(
                headlines,
                Months.chart(
                        "Tests per month",
                        months,
                        DashboardFigures.CustodyMonth::month,
                        DashboardFigures.CustodyMonth::tests),
                List.of(table));
    }

    private static List<Cell> row(
            String label, DashboardFigures.CustodyMonth m, DashboardFilter period, FigureLinks link) {
        return List.of(
                Cell.text(label),
                link.count(m.tests(), Figure.CUSTODY_TESTS, null, period),
                link.count(m.opiatesOnly(), Figure.CUSTODY_TESTS, "OPIATES_ONLY", period),
                link.count(m.cocaineOnly(), Figure.CUSTODY_TESTS, "COCAINE_ONLY", period),
                link.count(m.both(), Figure.CUSTODY_TESTS, "BOTH", period),
                link.count(m.negative(), Figure.CUSTODY_TESTS, "NEGATIVE", period),
                link.count(m.refused(), Figure.CUSTODY_TESTS, "REFUSED", period),
                link.count(m.noValidSample(), Figure.CUSTODY_TESTS, "NO_VALID_SAMPLE", period),
                link.count(m.attended(), Figure.REQUIRED_ASSESSMENTS, "ATTENDED", period),
                link.count(m.failed(), Figure.REQUIRED_ASSESSMENTS, "FAILED", period));
    }
}
