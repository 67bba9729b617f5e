package org.throughcare;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.throughcare.database.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one place that decides which real PostgreSQL the tests use, once per test JVM:
 * an external server when SPRING_DATASOURCE_URL is set, Testcontainers when a Docker engine answers,
 * the embedded PostgreSQL otherwise. Never H2.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Map<String, String> connection;

    private TestDatabase() {
    }

    /** Connection properties for Spring, or an empty map when the environment already provides them. */
    public static synchronized Map<String, String> connection() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    private static Map<String, String> start() {
        String external = System.getenv("SPRING_DATASOURCE_URL");
        if (external != null && !external.isBlank()) {
            log.info("Tests use the external PostgreSQL at {}", external);
            return Map.of();
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            log.info("Tests use PostgreSQL in a Testcontainers container");
            return Map.of("spring.datasource.url", container.getJdbcUrl(),
                    "spring.datasource.username", container.getUsername(),
                    "spring.datasource.password", container.getPassword());
        }
        try {
            Path directory = Files.createTempDirectory("throughcare-test-pg");
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, 0, "throughcare_test");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            log.info("No Docker engine: tests use the embedded PostgreSQL on port {}", server.port());
            return Map.of("spring.datasource.url", server.jdbcUrl(),
                    "spring.datasource.username", EmbeddedPostgresServer.USERNAME,
                    "spring.datasource.password", "");
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
