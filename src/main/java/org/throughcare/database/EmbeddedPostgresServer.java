package org.throughcare.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;

/**
 * A real PostgreSQL server started from the embedded binaries, for local runs and tests on machines
 * without a database server. Production never uses it: the repackaged jar leaves the binaries out.
 *
 * <p>Set up like a small production server: every connection authenticates with a password (SCRAM), the
 * passwords are generated on first start and kept in the data directory, Flyway migrates as an owner role
 * and the application connects as a role that owns nothing ({@link DatabaseRoles}). A durable server (a
 * data directory that is kept) writes every commit to disk before confirming it; a throwaway one for tests
 * does not, for speed.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    static final String SUPERUSER = "postgres";
    static final String CREDENTIALS_FILE = "throughcare-credentials.properties";
    static final String HBA = """
            # Written by Throughcare: every connection, local or over loopback, authenticates with a password.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final String databaseName;
    private final Passwords passwords;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String databaseName, Passwords passwords) {
        this.postgres = postgres;
        this.databaseName = databaseName;
        this.passwords = passwords;
    }

    /**
     * Starts a server on the given data directory, keeping what is already there, and makes sure the
     * application database and its two roles exist.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, String databaseName, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            Path credentialsFile = dataDirectory.resolve(CREDENTIALS_FILE);
            Passwords existing = Passwords.read(credentialsFile);
            String onOff = durable ? "on" : "off";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // The library's defaults suit throwaway test databases only; a kept one must survive a crash.
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff);
            if (existing != null) {
                builder.setConnectConfig("password", existing.superuser());
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            Passwords passwords = existing != null ? existing : Passwords.generate();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, databaseName, passwords);
            server.secure(dataDirectory, existing == null);
            server.prepareDatabase();
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            // The production jar carries no PostgreSQL binaries, so this is also what running it without
            // SPRING_DATASOURCE_URL looks like.
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL in " + dataDirectory
                            + " (the production jar does not include it). Set SPRING_DATASOURCE_URL, "
                            + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use a PostgreSQL server.",
                    e);
        }
    }

    /**
     * A new data directory is created by initdb with "trust" for local connections: give the superuser its
     * password, keep the passwords where only this user can read them, then require passwords.
     */
    private void secure(Path dataDirectory, boolean newPasswords) throws IOException, SQLException {
        if (newPasswords) {
            try (Connection connection = superuser("postgres");
                    Statement statement = connection.createStatement()) {
                statement.execute(
                        "alter role " + SUPERUSER + " password " + DatabaseRoles.literal(passwords.superuser()));
            }
            passwords.write(dataDirectory.resolve(CREDENTIALS_FILE));
        }
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (!HBA.equals(Files.readString(hba))) {
            Files.writeString(hba, HBA);
            try (Connection connection = superuser("postgres");
                    Statement statement = connection.createStatement()) {
                statement.execute("select pg_reload_conf()");
            }
            log.info("Embedded PostgreSQL now requires passwords (SCRAM) for every connection");
        }
    }

    private void prepareDatabase() throws SQLException {
        try (Connection connection = superuser("postgres")) {
            DatabaseRoles.ensureLoginRole(connection, ownerCredentials());
            DatabaseRoles.ensureLoginRole(connection, applicationCredentials());
            try (PreparedStatement exists =
                    connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, databaseName);
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        try (Statement create = connection.createStatement()) {
                            create.execute("create database " + DatabaseRoles.identifier(databaseName) + " owner "
                                    + DatabaseRoles.OWNER);
                        }
                    }
                }
            }
            DatabaseRoles.allowApplication(connection, databaseName, applicationCredentials());
        }
        try (Connection connection = superuser(databaseName)) {
            DatabaseRoles.transferOwnership(connection, databaseName, DatabaseRoles.OWNER);
        }
    }

    private Connection superuser(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", passwords.superuser());
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String jdbcUrl() {
        return jdbcUrl(databaseName);
    }

    /** The role that owns the schema: Flyway migrates as it. */
    public DatabaseCredentials ownerCredentials() {
        return new DatabaseCredentials(DatabaseRoles.OWNER, passwords.owner());
    }

    /** The role the application connects as: it owns nothing. */
    public DatabaseCredentials applicationCredentials() {
        return new DatabaseCredentials(DatabaseRoles.APPLICATION, passwords.application());
    }

    /** The superuser, for tests that need to look behind the roles' backs. */
    public DatabaseCredentials superuserCredentials() {
        return new DatabaseCredentials(SUPERUSER, passwords.superuser());
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three passwords, generated once per data directory and kept in it, readable by its owner only. */
    record Passwords(String superuser, String owner, String application) {

        private static final SecureRandom RANDOM = new SecureRandom();

        static Passwords generate() {
            return new Passwords(random(), random(), random());
        }

        static Passwords read(Path file) throws IOException {
            if (!Files.exists(file)) {
                return null;
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            return new Passwords(
                    properties.getProperty("superuser"),
                    properties.getProperty("owner"),
                    properties.getProperty("application"));
        }

        void write(Path file) throws IOException {
            Properties properties = new Properties();
            properties.setProperty("superuser", superuser);
            properties.setProperty("owner", owner);
            properties.setProperty("application", application);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "Passwords of the embedded PostgreSQL's roles, generated on first start");
            }
        }

        private static String random() {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        @Override
        public String toString() {
            return "Passwords[hidden]";
        }
    }
}
