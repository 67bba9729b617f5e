package org.throughcare.person;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.database.ReadOnlyRows;
import org.throughcare.user.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page records its view, then reads: the audit line reaches the database before the reads, and nothing loaded
 * after it is written back, even if changed by mistake.
 */
@IntegrationTest
@Import(Fixtures.class)
class ReadOnlyRowsTest {

    static final String VIEWS =
            "select count(*) from audit_event where record_id = ? and record_type = ? and action = 'VIEW'";

    @Autowired
    ReadOnlyRows readOnly;

    @Autowired
    AuditService audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures data;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void theAuditedViewIsWrittenAndRowsReadAfterItAreNot() {
        Person person = data.person(data.user(Role.CUSTODY_WORKER, "Leeds"));
        String recordId = String.valueOf(person.getId());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record(AuditAction.VIEW, PersonService.RECORD_KIND, person.getId(), null);
            readOnly.fromNowOn();
            assertThat(jdbc.queryForObject(VIEWS, Long.class, recordId, PersonService.RECORD_KIND.code()))
                    .as("the view is in the database before the page reads")
                    .isEqualTo(1L);
            entityManager.find(Person.class, person.getId()).tookInMergedRecord();
        });

        assertThat(jdbc.queryForObject("select merged_records from person where id = ?", Integer.class, person.getId()))
                .isZero();
        assertThat(jdbc.queryForObject(VIEWS, Long.class, recordId, PersonService.RECORD_KIND.code()))
                .isEqualTo(1L);
    }
}
