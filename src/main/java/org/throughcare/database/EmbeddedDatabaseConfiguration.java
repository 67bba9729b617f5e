package org.throughcare.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                properties.dataDirectory().toAbsolutePath(), properties.port(), properties.databaseName());
        log.info("Embedded PostgreSQL listening on port {} with data in {}", server.port(),
                properties.dataDirectory().toAbsolutePath());
        return server;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.USERNAME);
        dataSource.setPoolName("throughcare-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
