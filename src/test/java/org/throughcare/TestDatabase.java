package org.throughcare;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.throughcare.database.DatabaseCredentials;
import org.throughcare.database.DatabaseRoles;
import org.throughcare.database.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The one place that decides which real PostgreSQL the tests use, once per test JVM:
 * an external server when SPRING_DATASOURCE_URL is set, Testcontainers when a Docker engine answers,
 * the embedded PostgreSQL otherwise. Never H2. As in production, Flyway migrates as the owner and the
 * application connects as a role that owns nothing.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Server server;
    private static DatabaseCredentials superuser;
    private static final Map<String, Server> OWN_DATABASES = new HashMap<>();

    private TestDatabase() {}

    /** The server the tests use: its URL, and the owner's and the application's credentials. */
    public record Server(String url, DatabaseCredentials owner, DatabaseCredentials application) {

        /** The properties that point an application at this server, as its two roles. */
        public Map<String, String> properties() {
            return Map.of(
                    "spring.datasource.url",
                    url,
                    "spring.datasource.username",
                    application.username(),
                    "spring.datasource.password",
                    application.password(),
                    "spring.flyway.user",
                    owner.username(),
                    "spring.flyway.password",
                    owner.password());
        }

        /** A connection as the owner, for tests that must look behind the application's back. */
        public Connection connectAsOwner() throws SQLException {
            return DriverManager.getConnection(url, owner.username(), owner.password());
        }

        public Connection connectAsApplication() throws SQLException {
            return DriverManager.getConnection(url, application.username(), application.password());
        }
    }

    /** Connection properties for Spring, or an empty map when the environment already provides them. */
    public static synchronized Map<String, String> connection() {
        Server started = server();
        return started == null ? Map.of() : started.properties();
    }

    /**
     * A database of its own on the same server, created (empty, owned by the owner role) the first time a
     * name is asked for; the shared database when the environment provides the server.
     */
    public static synchronized Map<String, String> ownDatabase(String name) {
        Server shared = server();
        if (shared == null) {
            log.warn("An external server is in use: {} shares the tests' database", name);
            return Map.of();
        }
        return OWN_DATABASES.computeIfAbsent(name, TestDatabase::createDatabase).properties();
    }

    private static Server createDatabase(String name) {
        String database = "own_"
                + name.substring(name.lastIndexOf('.') + 1)
                        .replaceAll("[^A-Za-z0-9]", "_")
                        .toLowerCase();
        int slash = server.url().lastIndexOf('/');
        String url = server.url().substring(0, slash + 1) + database;
        try (Connection connection =
                        DriverManager.getConnection(server.url(), superuser.username(), superuser.password());
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "create database " + database + " owner " + server.owner().username());
            statement.execute("grant connect on database " + database + " to "
                    + server.application().username());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        try (Connection connection = DriverManager.getConnection(url, superuser.username(), superuser.password());
                Statement statement = connection.createStatement()) {
            statement.execute("revoke create on schema public from public");
            statement.execute("alter schema public owner to " + server.owner().username());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + database, e);
        }
        return new Server(url, server.owner(), server.application());
    }

    /** The server, or null when the environment provides one (SPRING_DATASOURCE_URL). */
    public static synchronized Server server() {
        if (server == null && !external()) {
            server = start();
        }
        return server;
    }

    private static boolean external() {
        String external = System.getenv("SPRING_DATASOURCE_URL");
        if (external != null && !external.isBlank()) {
            log.info("Tests use the external PostgreSQL at {} (set SPRING_FLYWAY_USER to its owner role)", external);
            return true;
        }
        return false;
    }

    private static Server start() {
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            log.info("Tests use PostgreSQL in a Testcontainers container");
            superuser = new DatabaseCredentials(container.getUsername(), container.getPassword());
            DatabaseCredentials application = new DatabaseCredentials(DatabaseRoles.APPLICATION, "test-application");
            try (Connection connection =
                    DriverManager.getConnection(container.getJdbcUrl(), superuser.username(), superuser.password())) {
                DatabaseRoles.ensureLoginRole(connection, application);
                DatabaseRoles.allowApplication(connection, container.getDatabaseName(), application);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the application role", e);
            }
            return new Server(container.getJdbcUrl(), superuser, application);
        }
        try {
            Path directory = Files.createTempDirectory("throughcare-test-pg");
            EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(directory, 0, "throughcare_test", false);
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            superuser = embedded.superuserCredentials();
            log.info("No Docker engine: tests use the embedded PostgreSQL on port {}", embedded.port());
            return new Server(embedded.jdbcUrl(), embedded.ownerCredentials(), embedded.applicationCredentials());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }
}
