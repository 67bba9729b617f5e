package org.throughcare.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.throughcare.demo.DemoRun;
import org.throughcare.demo.DemoSeeder;

import java.util.List;
import java.util.Map;

/**
 * Demo data: the demo teams and one user per role (password "demo"), created through the same services
 * administrators use. On a kept database it finds its users already there and does nothing.
 */
@Component
class UserDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(UserDemoSeeder.class);

    private record DemoTeam(String name, String area, List<Role> roles) {}

    private static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("West Yorkshire custody drug team", "West Yorkshire", List.of(Role.CUSTODY_WORKER)),
            new DemoTeam("Leeds Liaison and Diversion", "West Yorkshire", List.of(Role.LIAISON_DIVERSION)),
            new DemoTeam("Leeds probation team", "West Yorkshire", List.of(Role.PROBATION_OFFICER)),
            new DemoTeam("West Yorkshire drug interventions management", "West Yorkshire", List.of(Role.MANAGER)),
            new DemoTeam("Leeds community drug service", "West Yorkshire", List.of(Role.TREATMENT_WORKER)),
            new DemoTeam("Throughcare administration", "Leeds", List.of(Role.ADMIN)));

    private static final Map<Role, String> NAMES = Map.of(
            Role.CUSTODY_WORKER, "Casey Demo",
            Role.LIAISON_DIVERSION, "Lee Demo",
            Role.PROBATION_OFFICER, "Pat Demo",
            Role.TREATMENT_WORKER, "Terry Demo",
            Role.MANAGER, "Morgan Demo",
            Role.ADMIN, "Ash Demo");

    private final TeamAdminService teams;
    private final UserAdminService users;

    UserDemoSeeder(TeamAdminService teams, UserAdminService users) {
        this.teams = teams;
        this.users = users;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void seed(DemoRun run) {
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
