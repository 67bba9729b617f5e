package org.throughcare.dashboard;

import org.throughcare.web.Cell;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.List;

/**
 * One dashboard: a bean of this type appears in the dashboards' list and navigation in order of {@link #position()},
 * at {@code /dashboard/{slug}}, with its monthly table downloadable as CSV. It builds its figures from the reporting
 * views only ({@link DashboardFigures} and the like), never from a module's tables.
 */
interface Dashboard {

    int position();

    /** The last part of its path, e.g. "custody". */
    String slug();

    String title();

    /** One sentence for the list of dashboards. */
    String description();

    /**
     * Whether its figures are summed from the day summaries ({@link DashboardSummaries}), so the page says when they
     * were last recounted.
     */
    default boolean fromSummaries() {
        return false;
    }

    /**
     * Whether the lists behind its figures read the same summaries, so that a list shows exactly the people its figure
     * counted, as at the same recount; otherwise the lists are live.
     */
    default boolean listsFromSummaries() {
        return false;
    }

    /** What the page shows for the filter; counts link through {@code links} to the cases behind them. */
    View view(DashboardFilter filter, FigureLinks links);

    /**
     * Its headlines and first table only, for a page that shows the dashboard's figures in brief (a programme's page).
     * The same as {@link #view} unless the dashboard has costly parts that such a page leaves out.
     */
    default View brief(DashboardFilter filter, FigureLinks links) {
        return view(filter, links);
    }

    /** A table: caption, heading cells, rows of cells. The first table of a view is the one downloaded as CSV. */
    record Table(String caption, List<Cell> head, List<List<Cell>> rows) {}

    /**
     * The page: headline figures, a chart (null for none) drawn from the first table, the tables, and an optional
     * choice (such as the breakdown) that the filter form carries as a select.
     */
    record View(List<SummaryRow> headlines, BarChart chart, List<Table> tables) {}

    static List<Cell> numericHead(String first, String... numbers) {
        List<Cell> head = new ArrayList<>();
        head.add(Cell.text(first));
        for (String n : numbers) {
            head.add(new Cell(n, null, null, true));
        }
        return head;
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + "%)";
    }
}
