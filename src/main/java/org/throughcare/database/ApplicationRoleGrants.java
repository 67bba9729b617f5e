package org.throughcare.database;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells Flyway which role the application connects as, so that its afterMigrate callback
 * (db/callback/afterMigrate.sql) grants that role exactly what it needs after every migration: rows to read
 * and write, and the audit trail to insert into and read only.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationRoleGrants {

    static final String PLACEHOLDER = "application_role";

    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DataSource dataSource) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put(
                    PLACEHOLDER, new JdbcTemplate(dataSource).queryForObject("select current_user", String.class));
            configuration.placeholders(placeholders);
        };
    }
}
