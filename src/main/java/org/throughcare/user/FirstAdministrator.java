package org.throughcare.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.throughcare.database.RunMode;

/**
 * Without demo mode no account with a known password exists, so the first administrator comes from
 * the environment (THROUGHCARE_ADMIN_USERNAME, THROUGHCARE_ADMIN_PASSWORD) and is created only while
 * there is no active administrator at all.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    @ConfigurationProperties("throughcare.admin")
    record Settings(String username, String password, String displayName, String team, String area) {
        Settings {
            displayName = StringUtils.hasText(displayName) ? displayName : "Administrator";
            team = StringUtils.hasText(team) ? team : "Administration";
            area = StringUtils.hasText(area) ? area : "Leeds";
        }
    }

    private final Settings settings;
    private final UserAdminService users;
    private final TeamAdminService teams;
    private final RunMode runMode;

    FirstAdministrator(Settings settings, UserAdminService users, TeamAdminService teams, RunMode runMode) {
        this.settings = settings;
        this.runMode = runMode;
        this.users = users;
        this.teams = teams;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(settings.username()) || !StringUtils.hasText(settings.password())) {
            if (!runMode.demo() && !users.activeAdministratorExists()) {
                log.warn("No administrator exists. Set THROUGHCARE_ADMIN_USERNAME and THROUGHCARE_ADMIN_PASSWORD "
                        + "and restart to create the first one.");
            }
            return;
        }
        if (users.activeAdministratorExists() || users.exists(settings.username())) {
            return;
        }
        Team team = teams.findByName(settings.team())
                .orElseGet(() -> teams.create(new TeamDetails(
                        settings.team(),
                        teams.findAreaByName(settings.area())
                                .orElseThrow(() -> new IllegalStateException("Unknown area " + settings.area()))
                                .getId(),
                        0)));
        users.create(new NewUser(
                settings.username(), settings.displayName(), Role.ADMIN, team.getId(), settings.password()));
        log.info("Created the first administrator, {}", settings.username());
    }
}
