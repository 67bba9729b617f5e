package org.throughcare.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What other modules may ask about teams and users: names for display, and who works where. */
@Service
public class UserDirectory {

    public record TeamSummary(Long id, String name, Long areaId, String areaName) {}

    public record UserSummary(Long id, String displayName, Long teamId) {}

    private final TeamRepository teams;
    private final UserAccountRepository users;
    private final JdbcClient jdbc;
    private volatile List<AreaSummary> forceAreas;

    UserDirectory(TeamRepository teams, UserAccountRepository users, JdbcClient jdbc) {
        this.teams = teams;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** The user as if signed in, for jobs that act on a user's behalf (demo data). */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> signedInUser(String username) {
        return users.findByUsernameIgnoreCase(username).map(SignedInUser::of);
    }

    @Transactional(readOnly = true)
    public List<Long> teamIdsInArea(Long areaId) {
        return teams.findIdsByAreaId(areaId);
    }

    // Names for lists and pages are read with plain JDBC and "= any(:ids)": an HQL constructor query with
    // array_contains cost 6% of the person page's CPU for one officer's name, and PostgreSQL could not use the
    // primary key for it (docs/performance.md).
    @Transactional(readOnly = true)
    public Map<Long, TeamSummary> teams(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select team_id, team_name, area_id, area_name from team_overview where team_id = any(:ids)
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new TeamSummary(
                        rs.getLong("team_id"),
                        rs.getString("team_name"),
                        rs.getLong("area_id"),
                        rs.getString("area_name")))
                .stream()
                .collect(Collectors.toMap(TeamSummary::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Map<Long, UserSummary> users(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select user_id, display_name, team_id from user_overview where user_id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) ->
                        new UserSummary(rs.getLong("user_id"), rs.getString("display_name"), rs.getLong("team_id")))
                .stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /** The team's active users with the role, by name (a responsible officer is one of the team's officers). */
    @Transactional(readOnly = true)
    public List<UserSummary> activeUsersInTeam(Long teamId, Role role) {
        return users.findActiveSummariesInTeam(teamId, role);
    }

    /**
     * The teams that hold cases (active, with at least one active worker) and their workers, by team name, in
     * one query: where a case may be transferred to. Administration and management teams are not among them.
     */
    @Transactional(readOnly = true)
    public Map<TeamSummary, List<UserSummary>> caseHoldingTeams() {
        Map<TeamSummary, List<UserSummary>> teams = new LinkedHashMap<>();
        for (UserAccount u : users.findActiveInActiveTeams()) {
            if (!u.getRole().worker()) {
                continue;
            }
            Team t = u.getTeam();
            teams.computeIfAbsent(
                            new TeamSummary(
                                    t.getId(),
                                    t.getName(),
                                    t.getArea().getId(),
                                    t.getArea().getName()),
                            team -> new ArrayList<>())
                    .add(new UserSummary(u.getId(), u.getDisplayName(), t.getId()));
        }
        return teams;
    }

    /**
     * The 43 police force areas, read once: they come from a migration and nothing in the application changes
     * them, and forms and pages ask for them on almost every request.
     */
    public List<AreaSummary> policeForceAreas() {
        List<AreaSummary> areas = forceAreas;
        if (areas == null) {
            areas = teams.findForceAreas().stream()
                    .map(a -> new AreaSummary(a.getId(), a.getName()))
                    .toList();
            forceAreas = areas;
        }
        return areas;
    }

    public record AreaSummary(Long id, String name) {}
}
