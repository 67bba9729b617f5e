package org.throughcare;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.throughcare.user.NewUser;
import org.throughcare.user.Role;
import org.throughcare.user.Team;
import org.throughcare.user.TeamAdminService;
import org.throughcare.user.TeamDetails;
import org.throughcare.user.UserAdminService;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One running instance of Throughcare, started as production starts it (a real port, no test context) on a
 * given database, for tests about several nodes and about the database going away.
 */
public final class ApplicationNode implements AutoCloseable {

    public static final String PASSWORD = "correct-horse-battery";

    private final ConfigurableApplicationContext context;

    private ApplicationNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node on the database; extra properties (name=value) override the defaults. */
    public static ApplicationNode start(TestDatabase.Server database, String... properties) {
        Map<String, String> settings = new LinkedHashMap<>(database.properties());
        settings.put("server.port", "0");
        settings.put("throughcare.demo.enabled", "false");
        for (String property : properties) {
            String[] pair = property.split("=", 2);
            settings.put(pair[0], pair[1]);
        }
        // As command-line arguments: they outrank application.properties, as the environment does in production.
        String[] arguments = settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new ApplicationNode(new SpringApplicationBuilder(ThroughcareApplication.class).run(arguments));
    }

    public String url() {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A user in a new team, created through the node's own services. */
    public String createUser(String username, Role role) {
        TeamAdminService teams = context.getBean(TeamAdminService.class);
        Team team = teams.create(new TeamDetails(
                "Team " + username, teams.findAreaByName("Leeds").orElseThrow().getId(), 0));
        context.getBean(UserAdminService.class)
                .create(new NewUser(username, "Node " + role.label(), role, team.getId(), PASSWORD));
        return username;
    }

    @Override
    public void close() {
        context.close();
    }
}
