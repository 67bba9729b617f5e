package org.throughcare.user;

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

    UserDirectory(TeamRepository teams, UserAccountRepository users) {
        this.teams = teams;
        this.users = users;
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

    @Transactional(readOnly = true)
    public Map<Long, TeamSummary> teams(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return teams.findWithAreaByIdIn(ids).stream()
                .map(t -> new TeamSummary(
                        t.getId(), t.getName(), t.getArea().getId(), t.getArea().getName()))
                .collect(Collectors.toMap(TeamSummary::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Map<Long, UserSummary> users(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(ids).stream()
                .map(u -> new UserSummary(
                        u.getId(), u.getDisplayName(), u.getTeam().getId()))
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /**
     * The teams that hold cases (active, with at least one active worker) and their workers, by team name, in
     * one query: where a case may be transferred to. Administration and management teams are not among them.
     */
    @Transactional(readOnly = true)
    public Map<TeamSummary, List<UserSummary>> caseHoldingTeams() {
        Map<TeamSummary, List<UserSummary>> teams = new LinkedHashMap<>();
        for (UserAccount u : users.findActiveInRoles(Role.workers())) {
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

    @Transactional(readOnly = true)
    public List<AreaSummary> policeForceAreas() {
        return teams.findForceAreas().stream()
                .map(a -> new AreaSummary(a.getId(), a.getName()))
                .toList();
    }

    public record AreaSummary(Long id, String name) {}
}
