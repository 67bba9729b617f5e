package org.throughcare.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A figure on a dashboard whose cases can be listed: where its rows come from (a reporting view, with the person, the
 * day it happened, the team it counts for and a detail code), what the detail codes mean, and whether the period
 * applies. The SQL is the same as the figure's own, so the list has as many rows as the figure counts.
 */
enum Figure {
    CUSTODY_TESTS(
            "Drug tests in custody",
            """
            select t.person_id, (t.arrested_at at time zone 'Europe/London')::date as occurred_on, u.team_id,
                   t.result_group as detail
            from custody_test_overview t
            """ + DashboardFigures.CUSTODY_TEAM + """
             where t.arrested_at >= :fromTs and t.arrested_at < :toTs
            """,
            "u.team_id",
            "t.result_group",
            labels(
                    "OPIATES_ONLY", "Opiates only",
                    "COCAINE_ONLY", "Cocaine only",
                    "BOTH", "Opiates and cocaine",
                    "NEGATIVE", "Negative",
                    "REFUSED", "Refused",
                    "NO_VALID_SAMPLE", "No valid sample")),
    REQUIRED_ASSESSMENTS(
            "Initial required assessments",
            """
            select t.person_id, (t.arrested_at at time zone 'Europe/London')::date as occurred_on, u.team_id,
                   t.initial_assessment as detail
            from custody_test_overview t
            """ + DashboardFigures.CUSTODY_TEAM + """
             where t.arrested_at >= :fromTs and t.arrested_at < :toTs and t.initial_assessment is not null
            """,
            "u.team_id",
            "t.initial_assessment",
            labels(
                    "ATTENDED", "Attended",
                    "FAILED", "Failed to attend or to remain",
                    "PENDING", "Not yet held",
                    "CANCELLED", "Cancelled")),
    ORDERS_COMMENCED(
            "Orders commenced",
            """
            select o.person_id, o.starts_on as occurred_on, o.team_id, o.requirement_kinds as detail
            from order_overview o
            where o.starts_on between :from and :to
            """,
            "o.team_id",
            "',' || o.requirement_kinds || ','",
            labels("DRR", "With a DRR", "ATR", "With an ATR", "MHTR", "With an MHTR")) {
        @Override
        String detailCondition() {
            return detailColumn() + " like '%,' || :detail || ',%'";
        }
    },
    ORDERS_ENDED(
            "Orders ended",
            """
            select o.person_id, o.ended_on as occurred_on, o.team_id, o.ended_outcome as detail
            from order_overview o
            where o.ended_on between :from and :to
            """,
            "o.team_id",
            "o.ended_outcome",
            labels(
                    "COMPLETED", "Completed",
                    "REVOKED_GOOD_PROGRESS", "Revoked early for good progress",
                    "REVOKED_RESENTENCED", "Revoked and re-sentenced")),
    ORDERS_ACTIVE("Orders active today", """
            select o.person_id, o.starts_on as occurred_on, o.team_id, o.requirement_kinds as detail
            from order_overview o
            where o.ended_on is null and o.starts_on <= :today and o.ends_on >= :today
            """, "o.team_id", "o.order_type", labels()),
    APPOINTMENTS(
            "Appointments under orders",
            """
            select a.person_id, (a.starts_at at time zone 'Europe/London')::date as occurred_on, o.team_id,
                   a.outcome as detail
            from appointment_overview a
            join order_overview o on o.order_id = a.order_id
            where a.starts_at >= :fromTs and a.starts_at < :toTs and a.outcome is not null
            """,
            "o.team_id",
            "a.outcome",
            labels(
                    "ATTENDED_COMPLIED", "Attended and complied",
                    "ATTENDED_FAILED_TO_COMPLY", "Attended but failed to comply",
                    "ACCEPTABLE_ABSENCE", "Acceptable absence",
                    "UNACCEPTABLE_ABSENCE", "Unacceptable absence",
                    "RESCHEDULED", "Rescheduled")),
    ENFORCEMENT(
            "Warnings and breach actions",
            """
            select e.person_id, e.decided_on as occurred_on, o.team_id, e.kind as detail
            from enforcement_overview e
            join order_overview o on o.order_id = e.order_id
            where e.decided_on between :from and :to
            """,
            "o.team_id",
            "e.kind",
            labels("WARNING", "Warning", "BREACH", "Breach action")),
    PATHWAY(
            "People with a positive test on arrest",
            PathwayFigures.FUNNEL + """
                    select f.person_id, (f.tested_at at time zone 'Europe/London')::date as occurred_on, f.team_id,
                           f.steps[array_length(f.steps, 1)] as detail
                    from funnel f
                    where true
                    """,
            "f.team_id",
            "f.steps",
            labels(
                    "POSITIVE", "Positive test",
                    "ASSESSED", "Assessed",
                    "REFERRED", "Referred",
                    "ENGAGED", "Started treatment",
                    "RETAINED", "Retained 12 weeks",
                    "COMPLETED", "Completed treatment")) {
        @Override
        String detailCondition() {
            return ":detail = any(f.steps)";
        }

        @Override
        String describe(String detail) {
            return detail == null
                    ? ""
                    : "Furthest step: " + super.describe(detail).toLowerCase(java.util.Locale.UK);
        }
    },
    RELEASES(
            "Releases from prison",
            """
            select pr.person_id, pr.released_on as occurred_on, pr.team_id, """ + ReleaseStatus.SQL + """
                     as detail
                    from prison_release_overview pr
                    where pr.released_on between :from and :to
                    """,
            "pr.team_id",
            ReleaseStatus.SQL,
            labels(
                    "SEEN_IN_3_WEEKS", "Seen in treatment within 3 weeks",
                    "SEEN_LATER", "Seen in treatment after 3 weeks",
                    "NOT_SEEN", "Not seen in treatment in 3 weeks",
                    "WAITING", "Released less than 3 weeks ago, not seen yet")),
    OVERDUE_OUTCOMES("Appointment outcomes overdue", """
            select a.person_id, (a.starts_at at time zone 'Europe/London')::date as occurred_on, o.team_id,
                   a.kind as detail
            from appointment_overview a
            join order_overview o on o.order_id = a.order_id
            where a.outcome is null and a.starts_at < :now and o.ended_on is null
            """, "o.team_id", "a.kind", labels()),
    OPEN_CASES(
            "Open cases",
            """
            select c.person_id, (c.opened_at at time zone 'Europe/London')::date as occurred_on, c.team_id,
                   case when c.owner_id is null then 'UNALLOCATED' else 'ALLOCATED' end as detail
            from case_overview c
            where c.closed_at is null
            """,
            "c.team_id",
            "case when c.owner_id is null then 'UNALLOCATED' else 'ALLOCATED' end",
            labels("ALLOCATED", "Allocated", "UNALLOCATED", "Unallocated")),
    ASSESSMENTS_OVERDUE(
            "Required assessments overdue",
            """
            select t.person_id, (t.initial_assessment_at at time zone 'Europe/London')::date as occurred_on, u.team_id,
                   t.result_group as detail
            from custody_test_overview t
            """ + DashboardFigures.CUSTODY_TEAM + """
             where t.arrested_at >= :fromTs and t.initial_assessment = 'PENDING' and t.initial_assessment_at < :now
            """,
            "u.team_id",
            "t.result_group",
            labels()),
    OUTCOME_CHANGES("People with two or more outcome reviews", """
            select oc.person_id, oc.latest_reviewed_on as occurred_on, oc.team_id,
                   'Days of use ' || oc.first_substance_days || ' then ' || oc.latest_substance_days
                       || '; quality of life ' || oc.first_quality_of_life || ' then ' || oc.latest_quality_of_life
                       as detail
            from outcome_change_overview oc
            where oc.review_count >= 2 and oc.latest_reviewed_on between :from and :to
            """, "oc.team_id", "oc.latest_kind", labels());

    private final String title;
    private final String rowsSql;
    private final String teamColumn;
    private final String detailColumn;
    private final Map<String, String> details;

    Figure(String title, String rowsSql, String teamColumn, String detailColumn, Map<String, String> details) {
        this.title = title;
        this.rowsSql = rowsSql;
        this.teamColumn = teamColumn;
        this.detailColumn = detailColumn;
        this.details = details;
    }

    String title() {
        return title;
    }

    /** Rows of (person_id, occurred_on, team_id, detail) in the period, before the team and access conditions. */
    String rowsSql() {
        return rowsSql;
    }

    /** The column of {@link #rowsSql()} that says which team a row counts for. */
    String teamColumn() {
        return teamColumn;
    }

    String detailColumn() {
        return detailColumn;
    }

    String detailCondition() {
        return detailColumn + " = :detail";
    }

    /** Known detail codes and their words, in order. */
    Map<String, String> details() {
        return details;
    }

    /** The words for a row's detail; a list of requirement kinds is shown as it is. */
    String describe(String detail) {
        if (detail == null) {
            return "";
        }
        return details.getOrDefault(detail, detail.replace(",", ", "));
    }

    String slug() {
        return name().toLowerCase(java.util.Locale.UK).replace('_', '-');
    }

    static Figure of(String slug) {
        for (Figure figure : values()) {
            if (figure.slug().equals(slug)) {
                return figure;
            }
        }
        return null;
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
