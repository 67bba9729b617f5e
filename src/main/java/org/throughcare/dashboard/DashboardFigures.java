package org.throughcare.dashboard;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboards' figures, each table one aggregate statement over the reporting views, grouped by month in SQL; the
 * months with nothing are filled in here so every month of the period has a row. Custody, compliance and orders sum the
 * day summaries of {@link DashboardSummaries} rather than a year of raw rows.
 */
@Component
@Transactional(readOnly = true)
class DashboardFigures {

    /** A month of custody figures. Failed assessments: failed to attend, or did not remain. */
    record CustodyMonth(
            YearMonth month,
            long tests,
            long opiatesOnly,
            long cocaineOnly,
            long both,
            long negative,
            long refused,
            long noValidSample,
            long attended,
            long failed) {

        long positive() {
            return opiatesOnly + cocaineOnly + both;
        }
    }

    /** Commencements in a month: orders, and orders with each treatment requirement. */
    record OrderMonth(YearMonth month, long orders, long drr, long atr, long mhtr) {}

    /** What happened to orders: active today, and the endings and breaches in the period. */
    record OrderTotals(
            long activeToday, long completed, long revokedGoodProgress, long revokedResentenced, long breaches) {}

    /**
     * A month of appointments under orders. The compliance rate is the share of appointments with an outcome (other
     * than rescheduled) that were attended and complied with, or missed for an acceptable reason.
     */
    record ComplianceMonth(
            YearMonth month,
            long withOutcome,
            long complied,
            long failedToComply,
            long unacceptableAbsences,
            long warnings,
            long breaches) {

        /** Percentage, one decimal place; null when no appointment had an outcome. */
        Double rate() {
            return withOutcome == 0 ? null : Math.round(1000.0 * complied / withOutcome) / 10.0;
        }
    }

    static final String CUSTODY_TEAM = "join user_overview u on u.username = t.recorded_by";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DashboardFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static MapSqlParameterSource params(DashboardFilter filter) {
        return new MapSqlParameterSource("teams", filter.teamIds())
                .addValue("from", filter.from())
                .addValue("to", filter.to())
                .addValue("fromTs", Timestamp.from(filter.fromInstant()))
                .addValue("toTs", Timestamp.from(filter.toInstantExclusive()));
    }

    List<CustodyMonth> custody(DashboardFilter filter) {
        List<CustodyMonth> rows = jdbc.query(
                """
                select date_trunc('month', d.day)::date as month,
                       sum(d.tests) as tests,
                       sum(d.opiates_only) as opiates_only,
                       sum(d.cocaine_only) as cocaine_only,
                       sum(d.both_substances) as both_substances,
                       sum(d.negative) as negative,
                       sum(d.refused) as refused,
                       sum(d.no_valid_sample) as no_valid_sample,
                       sum(d.attended) as attended,
                       sum(d.failed) as failed
                from dashboard_custody_day d
                where d.team_id in (:teams) and d.day between :from and :to
                group by 1
                """,
                params(filter),
                (rs, i) -> new CustodyMonth(
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getLong("tests"),
                        rs.getLong("opiates_only"),
                        rs.getLong("cocaine_only"),
                        rs.getLong("both_substances"),
                        rs.getLong("negative"),
                        rs.getLong("refused"),
                        rs.getLong("no_valid_sample"),
                        rs.getLong("attended"),
                        rs.getLong("failed")));
        return everyMonth(filter, rows, CustodyMonth::month, m -> new CustodyMonth(m, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    List<OrderMonth> commencements(DashboardFilter filter) {
        List<OrderMonth> rows = jdbc.query(
                """
                select date_trunc('month', d.day)::date as month,
                       sum(d.commenced) as orders,
                       sum(d.drr) as drr,
                       sum(d.atr) as atr,
                       sum(d.mhtr) as mhtr
                from dashboard_order_day d
                where d.team_id in (:teams) and d.day between :from and :to and d.commenced > 0
                group by 1
                """,
                params(filter),
                (rs, i) -> new OrderMonth(
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getLong("orders"),
                        rs.getLong("drr"),
                        rs.getLong("atr"),
                        rs.getLong("mhtr")));
        return everyMonth(filter, rows, OrderMonth::month, m -> new OrderMonth(m, 0, 0, 0, 0));
    }

    /** Endings and breaches from the day summary; orders active today counted live (only open orders are read). */
    OrderTotals orderTotals(DashboardFilter filter) {
        return jdbc.queryForObject(
                """
                select (select count(*) from order_overview o
                        where o.team_id in (:teams) and o.ended_on is null
                          and o.starts_on <= :today and o.ends_on >= :today) as active_today,
                       coalesce(sum(d.completed), 0) as completed,
                       coalesce(sum(d.revoked_good_progress), 0) as revoked_good_progress,
                       coalesce(sum(d.revoked_resentenced), 0) as revoked_resentenced,
                       coalesce(sum(d.breaches), 0) as breaches
                from dashboard_order_day d
                where d.team_id in (:teams) and d.day between :from and :to
                """,
                params(filter).addValue("today", LocalDate.now(clock)),
                (rs, i) -> new OrderTotals(
                        rs.getLong("active_today"),
                        rs.getLong("completed"),
                        rs.getLong("revoked_good_progress"),
                        rs.getLong("revoked_resentenced"),
                        rs.getLong("breaches")));
    }

    List<ComplianceMonth> compliance(DashboardFilter filter) {
        List<ComplianceMonth> rows = jdbc.query(
                """
                select date_trunc('month', d.day)::date as month,
                       sum(d.with_outcome) as with_outcome,
                       sum(d.complied) as complied,
                       sum(d.failed_to_comply) as failed_to_comply,
                       sum(d.unacceptable) as unacceptable,
                       sum(d.warnings) as warnings,
                       sum(d.breaches) as breaches
                from dashboard_compliance_day d
                where d.team_id in (:teams) and d.day between :from and :to
                group by 1
                """,
                params(filter),
                (rs, i) -> new ComplianceMonth(
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getLong("with_outcome"),
                        rs.getLong("complied"),
                        rs.getLong("failed_to_comply"),
                        rs.getLong("unacceptable"),
                        rs.getLong("warnings"),
                        rs.getLong("breaches")));
        return everyMonth(filter, rows, ComplianceMonth::month, m -> new ComplianceMonth(m, 0, 0, 0, 0, 0, 0));
    }

    private static <R> List<R> everyMonth(
            DashboardFilter filter, List<R> rows, Function<R, YearMonth> month, Function<YearMonth, R> empty) {
        Map<YearMonth, R> byMonth = new HashMap<>();
        rows.forEach(r -> byMonth.put(month.apply(r), r));
        return filter.months().stream()
                .map(m -> byMonth.getOrDefault(m, empty.apply(m)))
                .toList();
    }
}
