package org.throughcare.compliance;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.common.PageClause;
import org.throughcare.database.ReadBatch;
import org.throughcare.order.OrderType;
import org.throughcare.user.SignedInUser;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The one place that computes an order's compliance ({@link OrderCompliance}): failures in the window, breach in
 * progress, overdue outcomes, next appointment, breach required, checklist due and release not yet seen, as SQL
 * aggregates over the compliance tables and the {@code order_overview} and {@code prison_release_overview} views, so
 * a list of any length is one statement. The "breach required" column applies {@link EnforcementRule} in SQL: a
 * failure without a decision, with a warning on the order in the window ending with the failure's day, or a breach
 * open (the integration test checks the two agree).
 */
@Component
class ComplianceSummaries {

    /** How the caseload is sorted; the first is the default. */
    enum Sort {
        END_DATE("End date, soonest first", "o.ends_on asc, o.order_id asc"),
        NEXT_APPOINTMENT("Next appointment, soonest first", "next_appointment asc nulls last, o.order_id asc"),
        FAILURES("Failures, most first", "breach_open desc, failures desc, o.order_id asc");

        private final String label;
        private final String sql;

        Sort(String label, String sql) {
            this.label = label;
            this.sql = sql;
        }

        String label() {
            return label;
        }

        String slug() {
            return name().toLowerCase(Locale.UK).replace('_', '-');
        }

        static Sort of(String slug) {
            for (Sort sort : values()) {
                if (sort.slug().equals(slug)) {
                    return sort;
                }
            }
            return END_DATE;
        }
    }

    /** Whose orders: the user's own (as responsible officer) or the whole team's. */
    enum Scope {
        MINE,
        TEAM;

        static Scope of(String value) {
            return "team".equalsIgnoreCase(value) ? TEAM : MINE;
        }
    }

    static final String FAILURE = "a.outcome in " + AppointmentOutcome.FAILURES_SQL;

    /** The day an appointment fell on, in UK time. */
    private static final String DAY = "(a.starts_at at time zone 'Europe/London')::date";

    private static final String UNDECIDED =
            FAILURE + " and not exists (select 1 from enforcement_action d where d.appointment_id = a.id)";

    // "Released, not seen" is a scalar lookup per row, not an exists: PostgreSQL turns an exists into a hash of
    // every release in the country awaiting an appointment (3,700 at national scale, 2 ms a page) to probe it for
    // the 25 orders of one page; the scalar lookup reads one person's releases through their index.
    private static final String COLUMNS = """
            select o.order_id, o.person_id, o.order_type, o.requirement_kinds, o.ends_on, o.next_review_on,
                   (select min(a.starts_at) from appointment a
                     where a.order_id = o.order_id and a.outcome is null and a.starts_at >= :now) as next_appointment,
                   (select count(*) from appointment a
                     where a.order_id = o.order_id and %1$s and a.starts_at >= :failuresSince) as failures,
                   exists (select 1 from enforcement_action e
                            where e.order_id = o.order_id and e.kind = 'BREACH' and e.resolution is null) as breach_open,
                   (select count(*) from appointment a
                     where a.order_id = o.order_id and a.outcome is null and a.starts_at < :now) as overdue,
                   exists (select 1 from appointment a where a.order_id = o.order_id and %2$s) as decision_awaited,
                   exists (select 1 from appointment a where a.order_id = o.order_id and %2$s
                             and (exists (select 1 from enforcement_action b where b.order_id = o.order_id
                                           and b.kind = 'BREACH' and b.resolution is null)
                                  or exists (select 1 from enforcement_action w where w.order_id = o.order_id
                                              and w.kind = 'WARNING' and w.appointment_id <> a.id
                                              and w.decided_on > %3$s - cast(:warningWindow as interval)
                                              and w.decided_on <= %3$s))) as breach_required,
                   coalesce((select c.created_at from compliance_checklist c where c.order_id = o.order_id
                              order by c.revision desc limit 1)
                            < (select max(a.starts_at) from appointment a where a.order_id = o.order_id and %1$s),
                            not exists (select 1 from compliance_checklist c where c.order_id = o.order_id))
                       as checklist_due,
                   coalesce((select true from prison_release_overview r
                              where r.person_id = o.person_id and r.first_appointment_on is null
                                and r.released_on > :releasedSince limit 1), false) as released_not_seen
            from order_overview o
            """.formatted(FAILURE, UNDECIDED, DAY);

    private static final String NEEDS_ACTION = "(overdue > 0 or breach_required or checklist_due)";

    private static final RowMapper<OrderCompliance> ROW = (rs, n) -> new OrderCompliance(
            rs.getLong("order_id"),
            rs.getLong("person_id"),
            OrderType.valueOf(rs.getString("order_type")),
            OrderCompliance.kinds(rs.getString("requirement_kinds")),
            rs.getObject("ends_on", LocalDate.class),
            rs.getObject("next_review_on", LocalDate.class),
            rs.getTimestamp("next_appointment") == null
                    ? null
                    : rs.getTimestamp("next_appointment").toInstant(),
            rs.getLong("failures"),
            rs.getBoolean("breach_open"),
            rs.getLong("overdue"),
            rs.getBoolean("decision_awaited"),
            rs.getBoolean("breach_required"),
            rs.getBoolean("checklist_due"),
            rs.getBoolean("released_not_seen"));

    private final NamedParameterJdbcTemplate jdbc;
    private final ComplianceProperties properties;
    private final Clock clock;

    ComplianceSummaries(NamedParameterJdbcTemplate jdbc, ComplianceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One page of the probation officer's caseload: active orders (not ended) of the user's own or of their team,
     * optionally only those needing action, in one statement (plus a count when there is more than one page). The
     * caller names the people through the person module.
     */
    @Transactional(readOnly = true)
    Page<OrderCompliance> caseload(SignedInUser user, Scope scope, boolean needsAction, Sort sort, int page, int size) {
        String where = " where o.ended_on is null and "
                + (scope == Scope.MINE ? "o.responsible_officer_id = :userId" : "o.team_id = :teamId");
        String rows = "select * from (" + COLUMNS + where + ") o" + (needsAction ? " where " + NEEDS_ACTION : "");
        MapSqlParameterSource params =
                parameters().addValue("userId", user.id()).addValue("teamId", user.teamId());
        List<OrderCompliance> found =
                jdbc.query(rows + " order by " + sort.sql + PageClause.of(size, (long) page * size), params, ROW);
        long total = page == 0 && found.size() < size
                ? found.size()
                : jdbc.queryForObject("select count(*) from (" + rows + ") counted", params, Long.class);
        return new PageImpl<>(found, PageRequest.of(page, size), total);
    }

    /** An appointment past its time without an outcome; {@code total} counts all of the user's. */
    record Overdue(
            Long appointmentId, Long orderId, Long personId, AppointmentKind kind, Instant startsAt, long total) {}

    /**
     * The user's overdue outcomes (appointments past their time without an outcome, on active orders the user is
     * responsible officer for), longest overdue first, at most {@code limit}, in one statement.
     */
    @Transactional(readOnly = true)
    List<Overdue> overdueOutcomes(SignedInUser user, int limit) {
        return jdbc.query(
                """
                select a.id, a.order_id, a.person_id, a.kind, a.starts_at, count(*) over () as total
                from appointment a join order_overview o on o.order_id = a.order_id
                where o.responsible_officer_id = :userId and o.ended_on is null
                  and a.outcome is null and a.starts_at < :now
                order by a.starts_at asc, a.id asc
                limit :limit""",
                parameters().addValue("userId", user.id()).addValue("limit", limit),
                (rs, n) -> new Overdue(
                        rs.getLong("id"),
                        rs.getLong("order_id"),
                        rs.getLong("person_id"),
                        AppointmentKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getLong("total")));
    }

    /**
     * The person's orders that have not ended, newest first, queued on the person page's batch; the caller has checked
     * the person's scope.
     */
    Supplier<List<OrderCompliance>> activeOrdersOf(Long personId, ReadBatch reads) {
        return reads.query(
                COLUMNS
                        + " where o.person_id = :personId and o.ended_on is null order by o.starts_on desc, o.order_id desc",
                parameters().addValue("personId", personId).getValues(),
                ROW);
    }

    /** One order's compliance; the caller has checked the order's scope. */
    @Transactional(readOnly = true)
    OrderCompliance order(Long orderId) {
        return jdbc.queryForObject(
                COLUMNS + " where o.order_id = :orderId", parameters().addValue("orderId", orderId), ROW);
    }

    private MapSqlParameterSource parameters() {
        LocalDate today = LocalDate.now(clock);
        return new MapSqlParameterSource()
                .addValue("now", Timestamp.from(clock.instant()))
                .addValue(
                        "failuresSince",
                        Timestamp.from(today.minus(properties.failureWindow())
                                .atStartOfDay(org.throughcare.common.UkTime.ZONE)
                                .toInstant()))
                .addValue("warningWindow", properties.warningWindow().toString())
                .addValue("releasedSince", today.minus(properties.releasedWithin()));
    }
}
