package org.throughcare.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

/**
 * The embedded PostgreSQL for local runs, with the same two roles a production server has: the application
 * connects as one that owns nothing, Flyway migrates as the owner.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                properties.dataDirectory().toAbsolutePath(), properties.port(), properties.databaseName(), true);
        log.info(
                "Embedded PostgreSQL listening on port {} with data in {}",
                server.port(),
                properties.dataDirectory().toAbsolutePath());
        return server;
    }

    /** Pool settings (timeouts above all) come from spring.datasource.hikari.*, as for an external server. */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.applicationCredentials().username());
        dataSource.setPassword(server.applicationCredentials().password());
        dataSource.setPoolName("throughcare-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgresServer server) {
        return new DriverManagerDataSource(
                server.jdbcUrl(),
                server.ownerCredentials().username(),
                server.ownerCredentials().password());
    }
}
