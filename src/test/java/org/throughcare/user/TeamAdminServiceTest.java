package org.throughcare.user;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.throughcare.IntegrationTest;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditQuery;
import org.throughcare.audit.AuditService;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.throughcare.Fixtures.unique;

@IntegrationTest
class TeamAdminServiceTest {

    @Autowired
    TeamAdminService teams;

    @Autowired
    UserAdminService users;

    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void createsATeamInAnAreaAndAuditsIt() {
        String name = unique("Leeds drug team");
        Team team = teams.create(new TeamDetails("  " + name + "  ", area("Leeds"), 0));

        Team saved = teams.get(team.getId());
        assertThat(saved.getName()).isEqualTo(name);
        assertThat(saved.getArea().getName()).isEqualTo("Leeds");
        assertThat(saved.isActive()).isTrue();
        assertThat(teams.findByName(name.toUpperCase())).map(Team::getId).contains(team.getId());
        assertThat(history(team.getId())).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(event.getSummary()).startsWith("Created team " + name + " in Leeds: ");
        });
    }

    @Test
    void teamNamesAreUniqueRegardlessOfCase() {
        String name = unique("Unique team");
        teams.create(new TeamDetails(name, area("Leeds"), 0));

        RuleViolationException violation = catchThrowableOfType(
                RuleViolationException.class,
                () -> teams.create(new TeamDetails(name.toUpperCase(), area("Kirklees"), 0)));
        assertThat(violation.field()).isEqualTo("name");
        assertThat(violation.getMessage()).isEqualTo("A team called " + name.toUpperCase() + " already exists");
    }

    @Test
    void renamingToAnotherTeamsNameIsRefusedButKeepingYourOwnIsNot() {
        String taken = unique("Taken name");
        teams.create(new TeamDetails(taken, area("Leeds"), 0));
        Team team = teams.create(new TeamDetails(unique("Renamed team"), area("Leeds"), 0));

        assertThatThrownBy(() -> teams.update(
                        team.getId(), new TeamDetails(taken.toLowerCase(), area("Leeds"), team.getVersion())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("name"));

        Team renamed = teams.update(
                team.getId(), new TeamDetails(team.getName().toUpperCase(), area("Leeds"), team.getVersion()));
        assertThat(renamed.getName()).isEqualTo(team.getName().toUpperCase());
    }

    @Test
    void aTeamNeedsARealArea() {
        assertThatThrownBy(() -> teams.create(new TeamDetails(unique("No area"), null, 0)))
                .isInstanceOfSatisfying(RuleViolationException.class, v -> {
                    assertThat(v.field()).isEqualTo("areaId");
                    assertThat(v.getMessage()).isEqualTo("Select an area");
                });
        String ghost = unique("Ghost area");
        assertThatThrownBy(() -> teams.create(new TeamDetails(ghost, 999_999L, 0)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("areaId"));
        assertThat(teams.findByName(ghost)).isEmpty();
    }

    @Test
    void aTeamWithActiveUsersCannotBeDisabled() {
        Team team = teams.create(new TeamDetails(unique("Busy team"), area("Wakefield"), 0));
        UserAccount first = users.create(new NewUser(
                unique("member"), "First Member", Role.TREATMENT_WORKER, team.getId(), "long-enough-password"));
        UserAccount second = users.create(new NewUser(
                unique("member"), "Second Member", Role.TREATMENT_WORKER, team.getId(), "long-enough-password"));

        assertThatThrownBy(() -> teams.disable(team.getId()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Move or disable the 2 active users in " + team.getName() + " first");

        users.disable(first.getId());
        assertThatThrownBy(() -> teams.disable(team.getId()))
                .hasMessage("Move or disable the 1 active user in " + team.getName() + " first");
        assertThat(teams.get(team.getId()).isActive()).isTrue();

        users.disable(second.getId());
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "team-admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        teams.disable(team.getId());

        Team disabled = teams.get(team.getId());
        assertThat(disabled.isActive()).isFalse();
        assertThat(disabled.getDisabledBy()).isEqualTo("team-admin");
        assertThat(teams.activeTeams()).extracting(Team::getId).doesNotContain(team.getId());
        assertThat(history(team.getId())).first().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.UPDATE);
            assertThat(event.getActor()).isEqualTo("team-admin");
            assertThat(event.getSummary()).isEqualTo("Disabled team " + team.getName());
        });

        teams.enable(team.getId());
        assertThat(teams.get(team.getId()).isActive()).isTrue();
        assertThat(history(team.getId()))
                .first()
                .extracting(AuditEvent::getSummary)
                .isEqualTo("Enabled team " + team.getName());
    }

    @Test
    void updatesAreAuditedWithTheOldAndNewValues() {
        String oldName = unique("Old name");
        String newName = unique("New name");
        Team team = teams.create(new TeamDetails(oldName, area("Leeds"), 0));

        Team updated = teams.update(team.getId(), new TeamDetails(newName, area("Kirklees"), team.getVersion()));

        assertThat(updated.getVersion()).isEqualTo(team.getVersion() + 1);
        Team saved = teams.get(team.getId());
        assertThat(saved.getName()).isEqualTo(newName);
        assertThat(saved.getArea().getName()).isEqualTo("Kirklees");
        assertThat(history(team.getId())).first().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.UPDATE);
            assertThat(event.getSummary())
                    .isEqualTo("Changed team " + newName + ": Name: " + oldName + " → " + newName
                            + "; Area: Leeds → Kirklees");
        });
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefused() {
        Team team = teams.create(new TeamDetails(unique("Stale team"), area("Leeds"), 0));
        teams.update(team.getId(), new TeamDetails(team.getName() + " A", area("Leeds"), team.getVersion()));

        assertThatThrownBy(() -> teams.update(
                        team.getId(), new TeamDetails(team.getName() + " B", area("Leeds"), team.getVersion())))
                .isInstanceOfSatisfying(RuleViolationException.class, v -> {
                    assertThat(v.field()).isNull();
                    assertThat(v.getMessage()).startsWith("Someone else changed this team");
                });
        assertThat(teams.get(team.getId()).getName()).isEqualTo(team.getName() + " A");
    }

    @Test
    void anUnknownTeamIsNotFound() {
        assertThatThrownBy(() -> teams.get(Long.MAX_VALUE)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> teams.disable(Long.MAX_VALUE)).isInstanceOf(RecordNotFoundException.class);
    }

    private Long area(String name) {
        return teams.findAreaByName(name).orElseThrow().getId();
    }

    private List<AuditEvent> history(Long teamId) {
        return audit.search(new AuditQuery(null, "Team", String.valueOf(teamId), null, null), 0, 100)
                .getContent();
    }
}
