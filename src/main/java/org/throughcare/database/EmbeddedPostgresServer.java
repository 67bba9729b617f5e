package org.throughcare.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server started from the embedded binaries, for local runs and tests on machines
 * without a database server. Production never uses it: the repackaged jar leaves the binaries out.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USERNAME = "postgres";

    private final EmbeddedPostgres postgres;
    private final String databaseName;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String databaseName) {
        this.postgres = postgres;
        this.databaseName = databaseName;
    }

    /**
     * Starts a server on the given data directory, keeping what is already there, and makes sure the
     * application database exists.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, String databaseName) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, databaseName);
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException | RuntimeException e) {
            // The production jar carries no PostgreSQL binaries, so this is also what running it without
            // SPRING_DATASOURCE_URL looks like.
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " (the production jar does not include it). Set SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use a PostgreSQL server.", e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        // The name comes from configuration, never from a user, and is quoted.
                        create.execute("create database \"" + databaseName.replace("\"", "") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + databaseName, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USERNAME, databaseName);
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
}
