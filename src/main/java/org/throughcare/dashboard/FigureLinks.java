package org.throughcare.dashboard;

import org.throughcare.web.Cell;

/**
 * Counts as links to the cases behind them ({@code /dashboard/cases}), keeping the filter; plain numbers for a user
 * who may not see the people (an administrator) and for zero.
 */
record FigureLinks(boolean links) {

    /** A count of one group of a breakdown ("SEX:FEMALE"), linked to the people of that group. */
    Cell count(long count, Figure figure, String detail, DashboardFilter period, String group) {
        Cell cell = count(count, figure, detail, period);
        return cell.href() == null
                ? cell
                : new Cell(
                        cell.text(),
                        cell.href() + "&group="
                                + java.net.URLEncoder.encode(group, java.nio.charset.StandardCharsets.UTF_8),
                        null,
                        true);
    }

    Cell count(long count, Figure figure, String detail, DashboardFilter period) {
        if (!links || count == 0) {
            return Cell.number(count);
        }
        return new Cell(String.valueOf(count), href(figure, detail, period), null, true);
    }

    /** The list's address; null for a user who may not see the people. */
    String href(Figure figure, String detail, DashboardFilter period) {
        if (!links) {
            return null;
        }
        return "/dashboard/cases?figure=" + figure.slug() + (detail == null ? "" : "&detail=" + detail) + "&"
                + period.query();
    }
}
