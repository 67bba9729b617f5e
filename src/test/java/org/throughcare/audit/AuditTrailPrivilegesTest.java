package org.throughcare.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application connects as a role that can add to the audit trail and read it, and has no way to change
 * or remove what is there: not by updating or deleting, not by truncating, not by switching the trigger off or
 * dropping it, not by telling PostgreSQL to skip triggers, not by dropping or replacing the table.
 */
@IntegrationTest
class AuditTrailPrivilegesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApplicationsConnectionIsTheApplicationRole() {
        assertThat(jdbc.queryForObject("select current_user", String.class))
                .isEqualTo(TestDatabase.server().application().username());
    }

    @Test
    void theApplicationRoleCanInsertAndReadTheTrail() throws SQLException {
        try (Connection connection = TestDatabase.server().connectAsApplication();
                Statement statement = connection.createStatement()) {
            statement.execute("insert into audit_event (occurred_at, actor, action, record_type, record_id, summary) "
                    + "values (now(), 'privilege-test', 'VIEW', 'Person', '1', 'inserted by the test')");
            assertThat(statement
                            .executeQuery("select count(*) from audit_event where actor = 'privilege-test'")
                            .next())
                    .isTrue();
        }
    }

    @Test
    void theApplicationRoleCannotAlterTheTrailByAnyRoute() throws SQLException {
        List<String> attempts = List.of(
                "update audit_event set summary = 'tampered'",
                "delete from audit_event",
                "truncate audit_event",
                "alter table audit_event disable trigger all",
                "alter table audit_event disable trigger audit_event_no_update",
                "drop trigger audit_event_no_update on audit_event",
                "create or replace function audit_event_is_append_only() returns trigger language plpgsql "
                        + "as $$ begin return new; end; $$",
                "set session_replication_role = replica",
                "alter table audit_event rename to audit_event_old",
                "drop table audit_event",
                "alter role current_user superuser",
                "create table audit_event_copy (like audit_event)",
                "delete from flyway_schema_history");
        try (Connection connection = TestDatabase.server().connectAsApplication()) {
            for (String attempt : attempts) {
                try (Statement statement = connection.createStatement()) {
                    assertThatThrownBy(() -> statement.execute(attempt))
                            .as(attempt)
                            .isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(e.getMessage())
                                    .containsAnyOf(
                                            "permission denied",
                                            "must be owner",
                                            "must be superuser",
                                            "Only roles with the SUPERUSER attribute"));
                }
            }
        }
    }

    /** Even the owner, who runs the migrations, is stopped by the append-only trigger. */
    @Test
    void theOwnerIsStoppedByTheTrigger() throws SQLException {
        try (Connection connection = TestDatabase.server().connectAsOwner();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update audit_event set summary = 'tampered'"))
                    .hasMessageContaining("audit_event is append-only");
            assertThatThrownBy(() -> statement.execute("delete from audit_event"))
                    .hasMessageContaining("audit_event is append-only");
        }
    }
}
