package org.throughcare.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server that {@code ./mvnw spring-boot:run} keeps in ./data is set up like a real one: commits
 * reach the disk before they are confirmed, every connection needs a password, and the application's role
 * owns nothing.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path data;

    EmbeddedPostgresServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aKeptDataDirectoryWritesEveryCommitToDisk() throws Exception {
        server = EmbeddedPostgresServer.start(data, 0, "durable", true);
        try (Connection connection = connect(server.superuserCredentials(), "durable")) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aThrowawayDataDirectoryMayTradeDurabilityForSpeed() throws Exception {
        server = EmbeddedPostgresServer.start(data, 0, "throwaway", false);
        try (Connection connection = connect(server.superuserCredentials(), "throwaway")) {
            assertThat(setting(connection, "fsync")).isEqualTo("off");
        }
    }

    @Test
    void everyConnectionNeedsThePassword() throws Exception {
        server = EmbeddedPostgresServer.start(data, 0, "scram", true);
        for (DatabaseCredentials role : new DatabaseCredentials[] {
            server.superuserCredentials(), server.ownerCredentials(), server.applicationCredentials()
        }) {
            assertThatThrownBy(() -> connect(new DatabaseCredentials(role.username(), ""), "scram"))
                    .as(role.username())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(new DatabaseCredentials(role.username(), "wrong"), "scram"))
                    .as(role.username())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
        try (Connection connection = connect(server.applicationCredentials(), "scram")) {
            assertThat(setting(connection, "password_encryption")).isEqualTo("scram-sha-256");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
        assertThat(Files.getPosixFilePermissions(data.resolve(EmbeddedPostgresServer.CREDENTIALS_FILE)))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void theApplicationRoleOwnsNothingAndIsNoSuperuser() throws Exception {
        server = EmbeddedPostgresServer.start(data, 0, "roles", true);
        try (Connection connection = connect(server.applicationCredentials(), "roles");
                Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery("select rolsuper, rolcreaterole, rolcreatedb from pg_roles "
                        + "where rolname = current_user")) {
            role.next();
            assertThat(role.getBoolean(1)).isFalse();
            assertThat(role.getBoolean(2)).isFalse();
            assertThat(role.getBoolean(3)).isFalse();
            assertThatThrownBy(() -> statement.execute("create table sneaky (id int)"))
                    .hasMessageContaining("permission denied for schema public");
        }
        try (Connection connection = connect(server.ownerCredentials(), "roles");
                Statement statement = connection.createStatement()) {
            statement.execute("create table owned (id int)");
        }
    }

    /**
     * What the page confirmed survives the database processes being killed outright: with the library's test
     * settings (commits confirmed before they reach the disk) it was gone.
     */
    @Test
    void aConfirmedCommitSurvivesTheServerBeingKilled() throws Exception {
        server = EmbeddedPostgresServer.start(data, 0, "killed", true);
        int port = server.port();
        try (Connection connection = connect(server.ownerCredentials(), "killed");
                Statement statement = connection.createStatement()) {
            statement.execute("create table confirmed (id int primary key)");
            for (int i = 0; i < 200; i++) {
                statement.execute("insert into confirmed values (" + i + ")");
            }
        }
        killEveryServerProcess(data);
        try {
            server.close();
        } catch (RuntimeException alreadyGone) {
            // pg_ctl finds no server to stop: it was killed
        }
        server = EmbeddedPostgresServer.start(data, port, "killed", true);
        try (Connection connection = connect(server.ownerCredentials(), "killed");
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from confirmed")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(200);
        }
    }

    private static void killEveryServerProcess(Path data) throws Exception {
        long postmaster = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
        handle.onExit().get();
    }

    private Connection connect(DatabaseCredentials role, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role.username());
        properties.setProperty("password", role.password());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/" + database, properties);
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("show " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
