package org.throughcare.dashboard;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.user.Role;
import org.throughcare.web.Cell;
import org.throughcare.web.SummaryRow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Caseload per worker and overdue actions per team, as they stood at the last recount of the dashboard summaries
 * ({@code dashboard_workload}, {@code dashboard_pending_outcome}, {@code dashboard_pending_assessment}; the team filter
 * applies; the period applies only to releases from prison not followed by treatment, counted live). One statement for
 * the workers and one for the teams.
 */
@Component
class CaseloadDashboard implements Dashboard {

    record Worker(String name, String role, String team, long openCases, long activeOrders, long overdueOutcomes) {}

    record TeamLoad(
            Long teamId,
            String team,
            long openCases,
            long unallocated,
            long overdueOutcomes,
            long assessmentsOverdue,
            long releasesNotSeen) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CaseloadDashboard(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int position() {
        return 60;
    }

    @Override
    public boolean fromSummaries() {
        return true;
    }

    @Override
    public String slug() {
        return "caseload";
    }

    @Override
    public String title() {
        return "Caseloads and overdue actions";
    }

    @Override
    public String description() {
        return "Open cases and active orders per worker today, and each team's unallocated cases and overdue actions.";
    }

    @Transactional(readOnly = true)
    List<Worker> workers(DashboardFilter filter) {
        return jdbc.query(
                """
                select u.display_name, u.role, t.team_name,
                       coalesce(w.open_cases, 0) as open_cases,
                       coalesce(w.active_orders, 0) as active_orders,
                       (select count(*) from dashboard_pending_outcome po
                        where po.responsible_officer_id = u.user_id and po.starts_at < :now) as overdue_outcomes
                from user_overview u
                join team_overview t on t.team_id = u.team_id
                -- Summed once for every worker (a few hundred rows), not looked up worker by worker: with 400 workers
                -- in an area those lookups were most of this statement's 27 ms.
                left join (select w.user_id, sum(w.open_cases) as open_cases, sum(w.active_orders) as active_orders
                           from dashboard_workload w
                           group by w.user_id) w on w.user_id = u.user_id
                where u.team_id in (:teams) and not u.disabled and u.role not in ('MANAGER', 'ADMIN')
                order by t.team_name, u.display_name
                """,
                DashboardFigures.params(filter).addValue("now", Timestamp.from(clock.instant())),
                (rs, i) -> new Worker(
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")).label(),
                        rs.getString("team_name"),
                        rs.getLong("open_cases"),
                        rs.getLong("active_orders"),
                        rs.getLong("overdue_outcomes")));
    }

    @Transactional(readOnly = true)
    List<TeamLoad> teams(DashboardFilter filter) {
        return jdbc.query(
                """
                select t.team_id, t.team_name,
                       coalesce((select sum(w.open_cases) from dashboard_workload w where w.team_id = t.team_id), 0)
                           as open_cases,
                       coalesce((select w.open_cases from dashboard_workload w
                                 where w.team_id = t.team_id and w.user_id is null), 0) as unallocated,
                       (select count(*) from dashboard_pending_outcome po
                        where po.team_id = t.team_id and po.starts_at < :now) as overdue_outcomes,
                       (select count(*) from dashboard_pending_assessment pa
                        where pa.team_id = t.team_id and pa.arrested_day >= :from
                          and pa.initial_assessment_at < :now) as assessments_overdue,
                       (select count(*) from prison_release_overview pr
                        where pr.team_id = t.team_id and pr.released_on between :from and :to
                          and pr.first_appointment_on is null and pr.released_on + 21 < :today) as releases_not_seen
                from team_overview t
                where t.team_id in (:teams)
                order by t.team_name
                """,
                DashboardFigures.params(filter)
                        .addValue("now", Timestamp.from(clock.instant()))
                        .addValue("today", LocalDate.now(clock)),
                (rs, i) -> new TeamLoad(
                        rs.getLong("team_id"),
                        rs.getString("team_name"),
                        rs.getLong("open_cases"),
                        rs.getLong("unallocated"),
                        rs.getLong("overdue_outcomes"),
                        rs.getLong("assessments_overdue"),
                        rs.getLong("releases_not_seen")));
    }

    @Override
    public View view(DashboardFilter filter, FigureLinks link) {
        List<TeamLoad> teams = teams(filter);
        List<Worker> workers = workers(filter);
        long overdue = teams.stream().mapToLong(TeamLoad::overdueOutcomes).sum();
        List<SummaryRow> headlines = List.of(
                SummaryRow.of(
                        "Open cases",
                        String.valueOf(
                                teams.stream().mapToLong(TeamLoad::openCases).sum())),
                SummaryRow.of(
                        "Unallocated",
                        String.valueOf(
                                teams.stream().mapToLong(TeamLoad::unallocated).sum())),
                new SummaryRow(
                        "Appointment outcomes overdue",
                        String.valueOf(overdue),
                        overdue == 0 ? null : link.href(Figure.OVERDUE_OUTCOMES, null, filter),
                        "View the appointments"));
        Table teamTable = new Table(
                "Overdue actions per team",
                Dashboard.numericHead(
                        "Team",
                        "Open cases",
                        "Unallocated",
                        "Appointment outcomes overdue",
                        "Required assessments overdue",
                        "Released, not seen in treatment in 3 weeks"),
                teams.stream()
                        .map(t -> {
                            DashboardFilter team = filter.forTeam(t.teamId(), t.team());
                            return List.of(
                                    Cell.text(t.team()),
                                    link.count(t.openCases(), Figure.OPEN_CASES, null, team),
                                    link.count(t.unallocated(), Figure.OPEN_CASES, "UNALLOCATED", team),
                                    link.count(t.overdueOutcomes(), Figure.OVERDUE_OUTCOMES, null, team),
                                    link.count(t.assessmentsOverdue(), Figure.ASSESSMENTS_OVERDUE, null, team),
                                    link.count(t.releasesNotSeen(), Figure.RELEASES, "NOT_SEEN", team));
                        })
                        .toList());
        Table workerTable = new Table(
                "Caseload per worker",
                List.of(
                        Cell.text("Worker"),
                        Cell.text("Role"),
                        Cell.text("Team"),
                        new Cell("Open cases", null, null, true),
                        new Cell("Active orders", null, null, true),
                        new Cell("Appointment outcomes overdue", null, null, true)),
                workers.stream()
                        .map(w -> List.of(
                                Cell.text(w.name()),
                                Cell.text(w.role()),
                                Cell.text(w.team()),
                                Cell.number(w.openCases()),
                                Cell.number(w.activeOrders()),
                                Cell.number(w.overdueOutcomes())))
                        .toList());
        return new View(headlines, null, List.of(teamTable, workerTable));
    }
}
