package org.throughcare.dashboard;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.web.Cell;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Treatment outcomes: for episodes with two or more outcome reviews whose latest review fell in the period, the
 * average at the first review, at the latest, and the average change, for days of use, injecting, offending and the
 * three wellbeing scores; one statement over the read model dashboard_outcome_change (V49: the episodes of
 * outcome_change_overview with two or more reviews, recounted with the other summaries by {@link DashboardSummaries}).
 */
@Component
class OutcomesDashboard implements Dashboard {

    /** Item label to the view's column stem (first_x, latest_x, x_change). */
    private static final Map<String, String> ITEMS = new LinkedHashMap<>();

    static {
        ITEMS.put("Days using any substance (sum over substances, tobacco left out)", "substance_days");
        ITEMS.put("Days using alcohol", "alcohol_days");
        ITEMS.put("Days using opiates", "opiate_days");
        ITEMS.put("Days using crack", "crack_days");
        ITEMS.put("Days using cocaine", "cocaine_days");
        ITEMS.put("Days using cannabis", "cannabis_days");
        ITEMS.put("Days injecting", "injecting_days");
        ITEMS.put("Days shoplifting", "shoplifting_days");
        ITEMS.put("Days selling drugs", "selling_drugs_days");
        ITEMS.put("Days of other theft or burglary", "theft_burglary_days");
        ITEMS.put("Days of violence", "violence_days");
        ITEMS.put("Psychological health (0 to 20)", "psychological_health");
        ITEMS.put("Physical health (0 to 20)", "physical_health");
        ITEMS.put("Quality of life (0 to 20)", "quality_of_life");
    }

    /** One item's averages. */
    record Item(String label, Double first, Double latest, Double change) {}

    record Outcomes(long people, List<Item> items) {}

    private final NamedParameterJdbcTemplate jdbc;

    OutcomesDashboard(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int position() {
        return 70;
    }

    @Override
    public String slug() {
        return "outcomes";
    }

    @Override
    public String title() {
        return "Outcomes";
    }

    @Override
    public boolean fromSummaries() {
        return true;
    }

    @Override
    public String description() {
        return "Average change in days of use, offending and wellbeing between the first and the latest outcome review.";
    }

    @Transactional(readOnly = true)
    Outcomes outcomes(DashboardFilter filter) {
        StringBuilder sql = new StringBuilder("select count(*) as people");
        ITEMS.values()
                .forEach(stem -> sql.append(", avg(first_")
                        .append(stem)
                        .append(") as first_")
                        .append(stem)
                        .append(", avg(latest_")
                        .append(stem)
                        .append(") as latest_")
                        .append(stem)
                        .append(", avg(")
                        .append(stem)
                        .append("_change) as change_")
                        .append(stem));
        sql.append("""
                 from dashboard_outcome_change
                where team_id in (:teams) and review_count >= 2 and latest_reviewed_on between :from and :to""");
        return jdbc.queryForObject(sql.toString(), DashboardFigures.params(filter), (rs, i) -> {
            List<Item> items = new ArrayList<>();
            for (Map.Entry<String, String> item : ITEMS.entrySet()) {
                String stem = item.getValue();
                items.add(new Item(
                        item.getKey(),
                        average(rs, "first_" + stem),
                        average(rs, "latest_" + stem),
                        average(rs, "change_" + stem)));
            }
            return new Outcomes(rs.getLong("people"), items);
        });
    }

    @Override
    public View view(DashboardFilter filter, FigureLinks link) {
        Outcomes outcomes = outcomes(filter);
        Item use = outcomes.items().get(0);
        Item life = outcomes.items().get(outcomes.items().size() - 1);
        List<SummaryRow> headlines = List.of(
                new SummaryRow(
                        "Episodes with two or more reviews",
                        String.valueOf(outcomes.people()),
                        outcomes.people() == 0 ? null : link.href(Figure.OUTCOME_CHANGES, null, filter),
                        "View the people"),
                SummaryRow.of("Average change in days of use", signed(use.change())),
                SummaryRow.of("Average change in quality of life", signed(life.change())));
        List<List<Cell>> rows = new ArrayList<>();
        for (Item item : outcomes.items()) {
            rows.add(List.of(
                    Cell.text(item.label()),
                    numeric(round(item.first())),
                    numeric(round(item.latest())),
                    numeric(signed(item.change()))));
        }
        Table table = new Table(
                "Average at the first and the latest review (last 28 days)",
                Dashboard.numericHead("Item", "First review", "Latest review", "Change"),
                rows);
        return new View(headlines, null, List.of(table));
    }

    /** An average as PostgreSQL gives it (numeric), or null when there were no rows. */
    private static Double average(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    private static Cell numeric(String text) {
        return new Cell(text, null, null, true);
    }

    private static String round(Double value) {
        return value == null ? "–" : String.valueOf(Math.round(value * 10) / 10.0);
    }

    private static String signed(Double value) {
        if (value == null) {
            return "–";
        }
        double rounded = Math.round(value * 10) / 10.0;
        return rounded > 0 ? "+" + rounded : String.valueOf(rounded);
    }
}
