package org.throughcare.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's database role could rewrite the audit trail: when it owns the
 * table (and so could drop its trigger), may update, delete or truncate it, or is a superuser (who could
 * set session_replication_role and skip the trigger). That happens when one set of credentials is used for
 * both Flyway and the application; README says how to give each its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditTrailGuard implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    AuditTrailGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String problem = jdbc.queryForObject("""
                select case
                    when r.rolsuper then 'is a superuser'
                    when pg_get_userbyid(c.relowner) = current_user then 'owns the audit_event table'
                    when has_table_privilege(current_user, 'audit_event', 'UPDATE, DELETE, TRUNCATE')
                        then 'may update, delete or truncate audit_event'
                    end
                from pg_roles r, pg_class c
                where r.rolname = current_user and c.oid = 'audit_event'::regclass
                """, String.class);
        if (problem != null) {
            throw new IllegalStateException("The application's database role " + problem
                    + ", so it could change the audit trail. Migrate as the schema owner (SPRING_FLYWAY_USER, "
                    + "SPRING_FLYWAY_PASSWORD) and connect the application as a role that owns nothing "
                    + "(SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD): see README, Security and operations.");
        }
    }
}
