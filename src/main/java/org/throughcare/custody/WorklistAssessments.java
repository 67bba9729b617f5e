package org.throughcare.custody;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.common.PageClause;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The worklist's lists of required assessments waiting at a force's suites, read suite by suite: for each suite,
 * the first rows of its partial index (V58) in the list's order, then those few merged. PostgreSQL does not merge
 * the suites' index orders by itself: it sorted every waiting row of the force (4,000 to 10,000 at national scale,
 * 40 to 90 ms) to show ten. A page needs at most {@code offset + size} rows from any one suite.
 */
@Component
class WorklistAssessments {

    /** Booked appointments before a time with no outcome, not cancelled and not ended, earliest first. */
    private static final String AWAITING_OUTCOME = """
            select a.id, a.custody_event_id, a.kind, a.appointment_at, a.place, a.outcome, a.outcome_recorded_at
            from required_assessment a
            where a.suite_id = s.id and a.outcome is null and a.cancelled_at is null and a.ended_at is null
              and a.appointment_at is not null and a.appointment_at < :before
            """;

    /** Failures to attend or remain the police have not been told about, of tests not voided, oldest first. */
    private static final String FAILURES_AWAITING_POLICE = """
            select a.id, a.custody_event_id, a.kind, a.appointment_at, a.place, a.outcome, a.outcome_recorded_at
            from required_assessment a
            where a.suite_id = s.id and a.outcome in ('FAILED_TO_ATTEND', 'DID_NOT_REMAIN')
              and a.police_notified_at is null
              and not exists (select 1 from custody_event v where v.id = a.custody_event_id and v.voided_at is not null)
            """;

    private final JdbcClient jdbc;
    private final RequiredAssessmentRepository assessments;

    WorklistAssessments(JdbcClient jdbc, RequiredAssessmentRepository assessments) {
        this.jdbc = jdbc;
        this.assessments = assessments;
    }

    Page<WorklistAssessment> awaitingOutcome(Long forceId, Instant before, int page, int size) {
        return page(
                AWAITING_OUTCOME,
                "a.appointment_at, a.id",
                Map.of("forceId", forceId, "before", Timestamp.from(before)),
                page,
                size,
                () -> assessments.countAwaitingOutcome(forceId, before));
    }

    Page<WorklistAssessment> failuresAwaitingPolice(Long forceId, int page, int size) {
        return page(
                FAILURES_AWAITING_POLICE,
                "a.outcome_recorded_at, a.id",
                Map.of("forceId", forceId),
                page,
                size,
                () -> assessments.countFailuresAwaitingPolice(forceId));
    }

    /**
     * perSuite: the list's rows of one suite {@code s}, without order; order: the list's order, in each suite and in
     * the merge. The limits are written into the text ({@link PageClause}), so the statement keeps a cached plan.
     */
    private Page<WorklistAssessment> page(
            String perSuite, String order, Map<String, Object> params, int page, int size, LongSupplier count) {
        PageRequest request = PageRequest.of(page, size);
        List<WorklistAssessment> rows = jdbc.sql(
                        """
                        select a.id, a.custody_event_id, e.person_id, a.kind, a.appointment_at, a.place,
                               s.name as suite_name, a.outcome, a.outcome_recorded_at
                        from custody_suite s
                        cross join lateral (%s order by %s limit %d) a
                        join custody_event e on e.id = a.custody_event_id
                        where s.force_id = :forceId
                        order by %s""".formatted(perSuite.strip(), order, request.getOffset() + size, order)
                                + PageClause.of(size, request.getOffset()))
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        // Counted only when the page does not tell the total already, as Spring Data's own pages are.
        return PageableExecutionUtils.getPage(rows, request, count);
    }

    private static WorklistAssessment row(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new WorklistAssessment(
                rs.getLong("id"),
                rs.getLong("custody_event_id"),
                rs.getLong("person_id"),
                AssessmentKind.valueOf(rs.getString("kind")),
                instant(rs.getTimestamp("appointment_at")),
                rs.getString("place"),
                rs.getString("suite_name"),
                outcome == null ? null : AssessmentOutcome.valueOf(outcome),
                instant(rs.getTimestamp("outcome_recorded_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
