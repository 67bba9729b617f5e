package org.throughcare.dashboard;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The pathway funnel: the people with a positive test on arrest in the period (counted once, from their first such
 * test), and how many of them went on to attend a required assessment, be referred, start treatment, stay in it 12
 * weeks, and complete it, each step after the test; with median days from the test to each step, and the same
 * broken down by the needs that mark out groups who fall out of the pathway. One statement each, over the read model
 * {@code dashboard_pathway_test} (each positive test with what it led to, recounted with the day summaries by
 * {@link DashboardSummaries}), so the figures are as at the last recount, like the custody and orders dashboards'.
 */
@Component
@Transactional(readOnly = true)
class PathwayFigures {

    /** Retained: still in treatment 12 weeks after starting, or completed. */
    static final int RETAINED_DAYS = 84;

    /**
     * One row per person in the cohort: their first positive test in the period among the teams asked for, with what
     * it led to (the columns of {@code dashboard_pathway_test}: person_id, team_id, tested_at, assessed_at,
     * referred_at, started_on, exit_on, exit_reason and the person's needs), retained, and steps: the steps reached, in
     * order. Needs :teams, :fromTs, :toTs and :today. What a test led to is kept per test by the read model (V48), so
     * this picks and counts rows and looks nothing up.
     */
    static final String FUNNEL = """
            with cohort as (
                select distinct on (t.person_id) t.*
                from dashboard_pathway_test t
                where t.team_id in (:teams) and t.tested_at >= :fromTs and t.tested_at < :toTs
                order by t.person_id, t.tested_at, t.event_id),
            reached as (
                select c.*,
                       c.started_on is not null
                           and (c.exit_reason = 'COMPLETED_FREE_OF_DEPENDENCY'
                                or coalesce(c.exit_on, :today) >= c.started_on + %d) as retained
                from cohort c),
            funnel as (
                select f.*,
                       array_remove(array['POSITIVE',
                           case when f.assessed_at is not null then 'ASSESSED' end,
                           case when f.referred_at is not null then 'REFERRED' end,
                           case when f.started_on is not null then 'ENGAGED' end,
                           case when f.retained then 'RETAINED' end,
                           case when f.exit_reason = 'COMPLETED_FREE_OF_DEPENDENCY' then 'COMPLETED' end], null)
                           as steps
                from reached f)
            """.formatted(RETAINED_DAYS);

    /** How many reached each step. */
    record Steps(long positive, long assessed, long referred, long engaged, long retained, long completed) {}

    /** The funnel and the median days from the test to each later step (null when nobody reached it). */
    record Funnel(Steps steps, Double daysToAssessment, Double daysToReferral, Double daysToTreatment) {}

    /** One group of one breakdown: e.g. dimension SEX, group FEMALE. */
    record Group(Breakdown dimension, String group, Steps steps) {}

    /** The needs the funnel is broken down by, each an SQL expression over the person (p) and the funnel row (f). */
    enum Breakdown {
        SEX("Sex", "p.stated_sex"),
        AGE_BAND("Age at the test", """
                case when extract(year from age(%1$s, p.date_of_birth)) < 18
                          then 'a. Under 18'
                     when extract(year from age(%1$s, p.date_of_birth)) < 25
                          then 'b. 18 to 24'
                     when extract(year from age(%1$s, p.date_of_birth)) < 35
                          then 'c. 25 to 34'
                     when extract(year from age(%1$s, p.date_of_birth)) < 45
                          then 'd. 35 to 44'
                     when extract(year from age(%1$s, p.date_of_birth)) < 55
                          then 'e. 45 to 54'
                     else 'f. 55 and over' end"""),
        ETHNICITY("Ethnic group", "split_part(p.ethnicity, '_', 1)"),
        PRIMARY_SUBSTANCE("Primary substance", "p.primary_substance"),
        POLY_DRUG_USE("Poly-drug use", "case when p.poly_drug_use then 'Yes' else 'No' end"),
        ACUTE_HOUSING_NEED("Acute housing need", "case when p.acute_housing_need then 'Yes' else 'No' end");

        private final String label;
        private final String sql;

        Breakdown(String label, String sql) {
            this.label = label;
            this.sql = sql;
        }

        String label() {
            return label;
        }

        /** The group of a person (alias p) tested on the day given by the SQL expression {@code testedDay}. */
        String sql(String testedDay) {
            return sql.formatted(testedDay);
        }

        /** Parses "SEX:FEMALE" (a breakdown and a group; "~" for not recorded); null when it is not one. */
        static Breakdown of(String name) {
            for (Breakdown b : values()) {
                if (b.name().equals(name)) {
                    return b;
                }
            }
            return null;
        }
    }

    /** The tested day of a funnel row named p, as the breakdowns read it. */
    private static final String TESTED_DAY = "(p.tested_at at time zone 'Europe/London')::date";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final DashboardSummaries summaries;

    PathwayFigures(NamedParameterJdbcTemplate jdbc, Clock clock, DashboardSummaries summaries) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.summaries = summaries;
    }

    /** What a count depends on: the part of the dashboard, the teams, the period and today (for retained). */
    private record Counted(String part, List<Long> teams, LocalDate from, LocalDate to, LocalDate today) {}

    private Counted key(String part, DashboardFilter filter) {
        return new Counted(part, filter.teamIds(), filter.from(), filter.to(), LocalDate.now(clock));
    }

    private static final String COUNTS = """
            count(*) as positive,
            count(f.assessed_at) as assessed,
            count(f.referred_at) as referred,
            count(f.started_on) as engaged,
            count(*) filter (where f.retained) as retained,
            count(*) filter (where f.exit_reason = 'COMPLETED_FREE_OF_DEPENDENCY') as completed""";

    Funnel funnel(DashboardFilter filter) {
        return summaries.counted(key("funnel", filter), () -> countFunnel(filter));
    }

    private Funnel countFunnel(DashboardFilter filter) {
        return jdbc.queryForObject(
                FUNNEL + "select " + COUNTS + """
                        ,
                        percentile_cont(0.5) within group (order by extract(epoch from f.assessed_at - f.tested_at) / 86400)
                            as days_to_assessment,
                        percentile_cont(0.5) within group (order by extract(epoch from f.referred_at - f.tested_at) / 86400)
                            as days_to_referral,
                        percentile_cont(0.5) within group (
                            order by f.started_on - (f.tested_at at time zone 'Europe/London')::date)
                            as days_to_treatment
                        from funnel f
                        """,
                DashboardFigures.params(filter).addValue("today", LocalDate.now(clock)),
                (rs, i) -> new Funnel(
                        steps(rs),
                        (Double) rs.getObject("days_to_assessment", Double.class),
                        (Double) rs.getObject("days_to_referral", Double.class),
                        (Double) rs.getObject("days_to_treatment", Double.class)));
    }

    /** Every breakdown's groups, in one statement (grouping sets); groups in order of their value. */
    List<Group> breakdowns(DashboardFilter filter) {
        return summaries.counted(key("breakdowns", filter), () -> countBreakdowns(filter));
    }

    private List<Group> countBreakdowns(DashboardFilter filter) {
        StringBuilder select = new StringBuilder("select case");
        StringBuilder value = new StringBuilder(", case");
        StringBuilder sets = new StringBuilder();
        for (Breakdown b : Breakdown.values()) {
            select.append(" when grouping(")
                    .append(column(b))
                    .append(") = 0 then '")
                    .append(b.name())
                    .append("'");
            value.append(" when grouping(")
                    .append(column(b))
                    .append(") = 0 then ")
                    .append(column(b));
            sets.append(sets.isEmpty() ? "" : ", ")
                    .append('(')
                    .append(column(b))
                    .append(')');
        }
        // The funnel rows carry the person's needs under person_overview's column names, so the breakdowns' SQL
        // (written for person_overview p, as the lists behind the figures use it) reads them with the row named p.
        StringBuilder columns = new StringBuilder();
        for (Breakdown b : Breakdown.values()) {
            columns.append(", (")
                    .append(b.sql(TESTED_DAY))
                    .append(")::text as ")
                    .append(column(b));
        }
        String sql = FUNNEL
                + ", described as (select p.*" + columns + " from funnel p)"
                + select + " end as dimension" + value + " end as grp, "
                + COUNTS
                + " from described f group by grouping sets (" + sets + ") order by 1, 2";
        return List.copyOf(jdbc.query(
                sql,
                DashboardFigures.params(filter).addValue("today", LocalDate.now(clock)),
                (rs, i) -> new Group(Breakdown.valueOf(rs.getString("dimension")), rs.getString("grp"), steps(rs))));
    }

    /** A breakdown's column in the statement: "by_sex", ...; the funnel rows already have a column "ethnicity". */
    private static String column(Breakdown breakdown) {
        return "by_" + breakdown.name().toLowerCase();
    }

    private static Steps steps(ResultSet rs) throws SQLException {
        return new Steps(
                rs.getLong("positive"),
                rs.getLong("assessed"),
                rs.getLong("referred"),
                rs.getLong("engaged"),
                rs.getLong("retained"),
                rs.getLong("completed"));
    }
}
