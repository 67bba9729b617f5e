package org.throughcare.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.throughcare.database.RunMode;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.NewUser;
import org.throughcare.user.Role;
import org.throughcare.user.Team;
import org.throughcare.user.TeamAdminService;
import org.throughcare.user.TeamDetails;
import org.throughcare.user.UserAdminService;

import java.util.List;

/**
 * In demo mode, creates the demo teams and one user per role (password "demo") through the same
 * services administrators use, so demo data always passes the rules real input must. Runs once: on a
 * persistent database it finds its users already there and does nothing.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoTeam(String name, String area, List<Role> roles) {}

    private static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("West Yorkshire custody drug team", "West Yorkshire", List.of(Role.CUSTODY_WORKER)),
            new DemoTeam("Leeds Liaison and Diversion", "West Yorkshire", List.of(Role.LIAISON_DIVERSION)),
            new DemoTeam("Leeds probation team", "Leeds", List.of(Role.PROBATION_OFFICER)),
            new DemoTeam("West Yorkshire drug interventions management", "West Yorkshire", List.of(Role.MANAGER)),
            new DemoTeam("Leeds community drug service", "Leeds", List.of(Role.TREATMENT_WORKER)),
            new DemoTeam("Throughcare administration", "Leeds", List.of(Role.ADMIN)));

    private static final java.util.Map<Role, String> NAMES = java.util.Map.of(
            Role.CUSTODY_WORKER, "Casey Demo",
            Role.LIAISON_DIVERSION, "Lee Demo",
            Role.PROBATION_OFFICER, "Pat Demo",
            Role.TREATMENT_WORKER, "Terry Demo",
            Role.MANAGER, "Morgan Demo",
            Role.ADMIN, "Ash Demo");

    private final RunMode runMode;
    private final TeamAdminService teams;
    private final UserAdminService users;

    DemoData(RunMode runMode, TeamAdminService teams, UserAdminService users) {
        this.runMode = runMode;
        this.teams = teams;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!runMode.demo()) {
            return;
        }
        int created = 0;
        for (DemoTeam demoTeam : TEAMS) {
            Team team = teams.findByName(demoTeam.name())
                    .orElseGet(() -> teams.create(new TeamDetails(
                            demoTeam.name(),
                            teams.findAreaByName(demoTeam.area()).orElseThrow().getId(),
                            0)));
            for (Role role : demoTeam.roles()) {
                String username = DemoUsernames.of(role);
                if (!users.exists(username)) {
                    users.create(new NewUser(username, NAMES.get(role), role, team.getId(), DemoUsernames.PASSWORD));
                    created++;
                }
            }
        }
        log.info(
                "Demo mode: {} demo users created; sign in as custody, liaison, probation, treatment, manager "
                        + "or admin with password '{}'",
                created,
                DemoUsernames.PASSWORD);
    }
}
