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
 * months with nothing are filled in here so every month of the period has a row.
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
                select t.arrested_month as month,
                       count(*) as tests,
                       count(*) filter (where t.result_group = 'OPIATES_ONLY') as opiates_only,
                       count(*) filter (where t.result_group = 'COCAINE_ONLY') as cocaine_only,
                       count(*) filter (where t.result_group = 'BOTH') as both_substances,
                       count(*) filter (where t.result_group = 'NEGATIVE') as negative,
                       count(*) filter (where t.result_group = 'REFUSED') as refused,
                       count(*) filter (where t.result_group = 'NO_VALID_SAMPLE') as no_valid_sample,
                       count(*) filter (where t.initial_assessment = 'ATTENDED') as attended,
                       count(*) filter (where t.initial_assessment = 'FAILED') as failed
                from custody_test_overview t
                """ + CUSTODY_TEAM + """
                 where u.team_id in (:teams) and t.arrested_at >= :fromTs and t.arrested_at < :toTs
                group by t.arrested_month
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
                select date_trunc('month', o.starts_on)::date as month,
                       count(*) as orders,
                       count(*) filter (where ',' || o.requirement_kinds || ',' like '%,DRR,%') as drr,
                       count(*) filter (where ',' || o.requirement_kinds || ',' like '%,ATR,%') as atr,
                       count(*) filter (where ',' || o.requirement_kinds || ',' like '%,MHTR,%') as mhtr
                from order_overview o
                where o.team_id in (:teams) and o.starts_on between :from and :to
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

    OrderTotals orderTotals(DashboardFilter filter) {
        return jdbc.queryForObject(
                """
                select count(*) filter (where o.ended_on is null and o.starts_on <= :today and o.ends_on >= :today)
                           as active_today,
                       count(*) filter (where o.ended_outcome = 'COMPLETED' and o.ended_on between :from and :to)
                           as completed,
                       count(*) filter (where o.ended_outcome = 'REVOKED_GOOD_PROGRESS'
                                        and o.ended_on between :from and :to) as revoked_good_progress,
                       count(*) filter (where o.ended_outcome = 'REVOKED_RESENTENCED'
                                        and o.ended_on between :from and :to) as revoked_resentenced,
                       (select count(*) from enforcement_overview e join order_overview eo on eo.order_id = e.order_id
                        where eo.team_id in (:teams) and e.kind = 'BREACH' and e.decided_on between :from and :to)
                           as breaches
                from order_overview o
                where o.team_id in (:teams)
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
                with appointments as (
                    select a.starts_month as month,
                           count(*) filter (where a.outcome <> 'RESCHEDULED') as with_outcome,
                           count(*) filter (where a.outcome in ('ATTENDED_COMPLIED', 'ACCEPTABLE_ABSENCE')) as complied,
                           count(*) filter (where a.outcome = 'ATTENDED_FAILED_TO_COMPLY') as failed_to_comply,
                           count(*) filter (where a.outcome = 'UNACCEPTABLE_ABSENCE') as unacceptable
                    from appointment_overview a
                    join order_overview o on o.order_id = a.order_id
                    where o.team_id in (:teams) and a.starts_at >= :fromTs and a.starts_at < :toTs
                    group by 1),
                actions as (
                    select e.decided_month as month,
                           count(*) filter (where e.kind = 'WARNING') as warnings,
                           count(*) filter (where e.kind = 'BREACH') as breaches
                    from enforcement_overview e
                    join order_overview o on o.order_id = e.order_id
                    where o.team_id in (:teams) and e.decided_on between :from and :to
                    group by 1)
                select coalesce(a.month, e.month) as month,
                       coalesce(a.with_outcome, 0) as with_outcome,
                       coalesce(a.complied, 0) as complied,
                       coalesce(a.failed_to_comply, 0) as failed_to_comply,
                       coalesce(a.unacceptable, 0) as unacceptable,
                       coalesce(e.warnings, 0) as warnings,
                       coalesce(e.breaches, 0) as breaches
                from appointments a
                full join actions e on e.month = a.month
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
