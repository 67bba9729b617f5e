package org.throughcare.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded server starts only when no external database is configured and it has not been
 * switched off, so setting SPRING_DATASOURCE_URL alone is enough to run against a real server.
 */
class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        boolean externalConfigured = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean enabled = environment.getProperty("throughcare.database.embedded.enabled", Boolean.class, true);
        return enabled && !externalConfigured;
    }
}
