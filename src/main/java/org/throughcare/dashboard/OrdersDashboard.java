package org.throughcare.dashboard;

import org.springframework.stereotype.Component;
import org.throughcare.web.Cell;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.List;

/** Orders commenced by month with each treatment requirement, orders active today, endings and breach actions. */
@Component
class OrdersDashboard implements Dashboard {

    private final DashboardFigures figures;

    OrdersDashboard(DashboardFigures figures) {
        this.figures = figures;
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public boolean fromSummaries() {
        return true;
    }

    @Override
    public String slug() {
        return "orders";
    }

    @Override
    public String title() {
        return "Orders";
    }

    @Override
    public String description() {
        return "Orders commenced with a DRR, ATR or MHTR, orders active, completed and revoked, and breaches. "
                + "Choose a period of several years to see the long-run trend.";
    }

    @Override
    public View view(DashboardFilter filter, FigureLinks link) {
        List<DashboardFigures.OrderMonth> months = figures.commencements(filter);
        DashboardFigures.OrderTotals totals = figures.orderTotals(filter);
        List<SummaryRow> headlines = List.of(
                SummaryRow.of("Orders active today", String.valueOf(totals.activeToday())),
                SummaryRow.of(
                        "Orders commenced with a DRR",
                        String.valueOf(Months.sum(months, DashboardFigures.OrderMonth::drr))),
                SummaryRow.of("Completed", String.valueOf(totals.completed())),
                SummaryRow.of("Revoked early for good progress", String.valueOf(totals.revokedGoodProgress())),
                SummaryRow.of("Breach actions", String.valueOf(totals.breaches())));
        List<List<Cell>> rows = new ArrayList<>();
        for (DashboardFigures.OrderMonth m : months) {
            rows.add(row(Months.name(m.month()), m, filter.within(m.month()), link));
        }
        rows.add(row(
                "Total",
                new DashboardFigures.OrderMonth(
                        null,
                        Months.sum(months, DashboardFigures.OrderMonth::orders),
                        Months.sum(months, DashboardFigures.OrderMonth::drr),
                        Months.sum(months, DashboardFigures.OrderMonth::atr),
                        Months.sum(months, DashboardFigures.OrderMonth::mhtr)),
                filter,
                link));
        Table commenced = new Table(
                "Orders commenced by month",
                Dashboard.numericHead("Month", "Orders", "With a DRR", "With an ATR", "With an MHTR"),
                rows);
        Table outcomes = new Table(
                "Orders active, ended and breached",
                Dashboard.numericHead("Figure", "Number"),
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
        return new View(
                headlines,
                Months.chart(
                        "Orders with a DRR commenced per month",
                        months,
                        DashboardFigures.OrderMonth::month,
                        DashboardFigures.OrderMonth::drr),
                List.of(commenced, outcomes));
    }

    private static List<Cell> row(
            String label, DashboardFigures.OrderMonth m, DashboardFilter period, FigureLinks link) {
        return List.of(
                Cell.text(label),
                link.count(m.orders(), Figure.ORDERS_COMMENCED, null, period),
                link.count(m.drr(), Figure.ORDERS_COMMENCED, "DRR", period),
                link.count(m.atr(), Figure.ORDERS_COMMENCED, "ATR", period),
                link.count(m.mhtr(), Figure.ORDERS_COMMENCED, "MHTR", period));
    }
}
