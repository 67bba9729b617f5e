package org.throughcare.dashboard;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.web.Cell;
import org.throughcare.web.SummaryRow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Continuity of care after release from prison: releases by month and how many were followed by a community
 * treatment appointment within 3 weeks (the national indicator), one statement over prison_release_overview.
 */
@Component
class ContinuityDashboard implements Dashboard {

    /** Releases in a month by what followed. The rate leaves out releases whose 3 weeks have not yet passed. */
    record ReleaseMonth(
            YearMonth month, long releases, long seenInThreeWeeks, long seenLater, long notSeen, long waiting) {

        Double rate() {
            long decided = releases - waiting;
            return decided == 0 ? null : Math.round(1000.0 * seenInThreeWeeks / decided) / 10.0;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ContinuityDashboard(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int position() {
        return 50;
    }

    @Override
    public String slug() {
        return "continuity";
    }

    @Override
    public String title() {
        return "Continuity of care";
    }

    @Override
    public String description() {
        return "Releases from prison followed by a community treatment appointment within 3 weeks.";
    }

    @Transactional(readOnly = true)
    List<ReleaseMonth> months(DashboardFilter filter) {
        List<ReleaseMonth> rows = jdbc.query(
                """
                select date_trunc('month', pr.released_on)::date as month,
                       count(*) as releases,
                       count(*) filter (where pr.status = 'SEEN_IN_3_WEEKS') as seen_in_three_weeks,
                       count(*) filter (where pr.status = 'SEEN_LATER') as seen_later,
                       count(*) filter (where pr.status = 'NOT_SEEN') as not_seen,
                       count(*) filter (where pr.status = 'WAITING') as waiting
                from (select pr.released_on, """ + ReleaseStatus.SQL + """
                       as status
                      from prison_release_overview pr
                      where pr.team_id in (:teams) and pr.released_on between :from and :to) pr
                group by 1
                """,
                DashboardFigures.params(filter).addValue("today", LocalDate.now(clock)),
                (rs, i) -> new ReleaseMonth(
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getLong("releases"),
                        rs.getLong("seen_in_three_weeks"),
                        rs.getLong("seen_later"),
                        rs.getLong("not_seen"),
                        rs.getLong("waiting")));
        Map<YearMonth, ReleaseMonth> byMonth = new HashMap<>();
        rows.forEach(r -> byMonth.put(r.month(), r));
        return filter.months().stream()
                .map(m -> byMonth.getOrDefault(m, new ReleaseMonth(m, 0, 0, 0, 0, 0)))
                .toList();
    }

    @Override
    public View view(DashboardFilter filter, FigureLinks link) {
        List<ReleaseMonth> months = months(filter);
        ReleaseMonth all = new ReleaseMonth(
                null,
                Months.sum(months, ReleaseMonth::releases),
                Months.sum(months, ReleaseMonth::seenInThreeWeeks),
                Months.sum(months, ReleaseMonth::seenLater),
                Months.sum(months, ReleaseMonth::notSeen),
                Months.sum(months, ReleaseMonth::waiting));
        List<SummaryRow> headlines = List.of(
                SummaryRow.of("Releases", String.valueOf(all.releases())),
                SummaryRow.of(
                        "Seen in treatment within 3 weeks",
                        all.rate() == null
                                ? String.valueOf(all.seenInThreeWeeks())
                                : all.seenInThreeWeeks() + " (" + all.rate() + "%)"),
                SummaryRow.of("Not seen in treatment in 3 weeks", String.valueOf(all.notSeen())));
        List<List<Cell>> rows = new ArrayList<>();
        for (ReleaseMonth m : months) {
            rows.add(row(Months.name(m.month()), m, filter.within(m.month()), link));
        }
        rows.add(row("Total", all, filter, link));
        Table table = new Table(
                "Releases from prison by month",
                Dashboard.numericHead(
                        "Month",
                        "Releases",
                        "Seen within 3 weeks",
                        "Seen after 3 weeks",
                        "Not seen",
                        "Less than 3 weeks ago, not seen yet",
                        "Seen within 3 weeks (%)"),
                rows);
        return new View(
                headlines,
                Months.chart(
                        "Seen within 3 weeks of release (%)",
                        months, ReleaseMonth::month, m -> m.rate() == null ? 0 : m.rate()),
                List.of(table));
    }

    private static List<Cell> row(String label, ReleaseMonth m, DashboardFilter period, FigureLinks link) {
        return List.of(
                Cell.text(label),
                link.count(m.releases(), Figure.RELEASES, null, period),
                link.count(m.seenInThreeWeeks(), Figure.RELEASES, "SEEN_IN_3_WEEKS", period),
                link.count(m.seenLater(), Figure.RELEASES, "SEEN_LATER", period),
                link.count(m.notSeen(), Figure.RELEASES, "NOT_SEEN", period),
                link.count(m.waiting(), Figure.RELEASES, "WAITING", period),
                m.rate() == null ? new Cell("–", null, null, true) : Cell.number(m.rate()));
    }
}
