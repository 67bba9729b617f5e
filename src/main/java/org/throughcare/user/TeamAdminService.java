package org.throughcare.user;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.CurrentActor;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.EntitySnapshots.Snapshot;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Teams and the areas they work in. */
@Service
public class TeamAdminService {

    static final RecordKind RECORD_KIND = RecordKind.of("Team");

    private final TeamRepository teams;
    private final AreaRepository areas;
    private final UserAccountRepository users;
    private final SignedInSessions sessions;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final Clock clock;

    TeamAdminService(
            TeamRepository teams,
            AreaRepository areas,
            UserAccountRepository users,
            SignedInSessions sessions,
            AuditService audit,
            EntitySnapshots snapshots,
            Clock clock) {
        this.teams = teams;
        this.areas = areas;
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Team> list(int page, int size) {
        return teams.findAllWithArea(PageRequest.of(page, size, Sort.by("name")));
    }

    @Transactional(readOnly = true)
    public List<Team> activeTeams() {
        return teams.findActive();
    }

    @Transactional(readOnly = true)
    public List<Area> areas() {
        return areas.findAllByOrderByKindAscNameAsc();
    }

    @Transactional(readOnly = true)
    public Team get(Long id) {
        return teams.findWithAreaById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, id));
    }

    @Transactional(readOnly = true)
    public Optional<Team> findByName(String name) {
        return teams.findByNameIgnoreCase(name);
    }

    @Transactional(readOnly = true)
    public Optional<Area> findAreaByName(String name) {
        return areas.findByNameIgnoreCase(name);
    }

    @Transactional
    public Team create(TeamDetails details) {
        String name = details.name().trim();
        if (teams.existsByNameIgnoreCase(name)) {
            throw new RuleViolationException("name", "A team called " + name + " already exists");
        }
        Team team = teams.save(new Team(name, area(details.areaId())));
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                team.getId(),
                "Created team " + name + " in " + team.getArea().getName(),
                snapshots.of(team).asCreated());
        return team;
    }

    @Transactional
    public Team update(Long id, TeamDetails details) {
        Team team = get(id);
        RuleViolationException.checkVersion(team.getVersion(), details.version(), "team");
        String name = details.name().trim();
        if (teams.existsByNameIgnoreCaseAndIdNot(name, id)) {
            throw new RuleViolationException("name", "A team called " + name + " already exists");
        }
        Snapshot before = snapshots.of(team);
        Long areaBefore = team.getArea().getId();
        team.rename(name, area(details.areaId()));
        String summary = "Changed team " + name;
        if (!areaBefore.equals(team.getArea().getId())) {
            // A team's area decides what its members may read: they sign in again to get the new scope.
            int ended = users.findUsernamesByTeamId(id).stream()
                    .mapToInt(sessions::endAll)
                    .sum();
            summary += ended == 0 ? "" : "; members signed out of " + ended + (ended == 1 ? " session" : " sessions");
        }
        audit.record(AuditAction.UPDATE, RECORD_KIND, id, summary, before.changesTo(snapshots.of(team)));
        return team;
    }

    @Transactional
    public void disable(Long id) {
        Team team = get(id);
        long members = users.countByTeamIdAndDisabledAtIsNull(id);
        if (members > 0) {
            throw new RuleViolationException(
                    null,
                    "Move or disable the " + members + (members == 1 ? " active user" : " active users") + " in "
                            + team.getName() + " first");
        }
        if (team.isActive()) {
            team.disable(clock.instant(), CurrentActor.name());
            audit.record(AuditAction.UPDATE, RECORD_KIND, id, "Disabled team " + team.getName());
        }
    }

    @Transactional
    public void enable(Long id) {
        Team team = get(id);
        if (!team.isActive()) {
            team.enable();
            audit.record(AuditAction.UPDATE, RECORD_KIND, id, "Enabled team " + team.getName());
        }
    }

    private Area area(Long areaId) {
        return Optional.ofNullable(areaId)
                .flatMap(areas::findById)
                .orElseThrow(() -> new RuleViolationException("areaId", "Select an area"));
    }
}
