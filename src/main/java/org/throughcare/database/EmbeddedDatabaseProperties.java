package org.throughcare.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL keeps its data between runs, and on which port it listens
 * (0 picks a free port).
 */
@ConfigurationProperties("throughcare.database.embedded")
record EmbeddedDatabaseProperties(Boolean enabled, Path dataDirectory, Integer port, String databaseName) {

    public EmbeddedDatabaseProperties {
        enabled = enabled == null || enabled;
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
        port = port == null ? 0 : port;
        databaseName = databaseName == null || databaseName.isBlank() ? "throughcare" : databaseName;
    }
}
