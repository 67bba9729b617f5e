package org.throughcare.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.Fixtures.unique;

/**
 * The audit trail on the real database. Lines at chosen times are written through {@link AuditService#record}
 * itself, by a second instance of the service given a fixed clock, inside a transaction as the real callers do.
 */
@IntegrationTest
class AuditServiceTest {

    @Autowired
    AuditService audit;

    @Autowired
    AuditEventRepository events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    static final RecordKind PERSON = RecordKind.of("Person");

    TransactionTemplate transaction;
    String actor;

    @BeforeEach
    void setUp() {
        transaction = new TransactionTemplate(transactionManager);
        actor = unique("auditor");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(AuditAction.VIEW, PERSON, 1, "Viewed outside a transaction"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> audit.record(actor, AuditAction.VIEW, PERSON, 1, "Viewed outside a transaction"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(search(new AuditQuery(actor, null, null, null, null))).isEmpty();
    }

    @Test
    void recordsTheSignedInUserOrSystem() {
        String recordId = unique("widget");
        transaction.executeWithoutResult(status -> audit.record(AuditAction.CREATE, PERSON, recordId, "by system"));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        actor, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        transaction.executeWithoutResult(status -> audit.record(AuditAction.UPDATE, PERSON, recordId, "by a person"));

        List<AuditEvent> found = search(new AuditQuery(null, "Person", recordId, null, null));
        assertThat(found).extracting(AuditEvent::getActor).containsExactly(actor, CurrentActor.SYSTEM);
        assertThat(found).extracting(AuditEvent::getAction).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(found).extracting(AuditEvent::getSummary).containsExactly("by a person", "by system");
        assertThat(found).allSatisfy(event -> assertThat(event.getOccurredAt()).isEqualTo(TestClock.NOW));
    }

    @Test
    void searchesByActorIgnoringCase() {
        String mixedCase = "Audit-" + actor.toUpperCase();
        recordAt("2025-03-01T10:00:00Z", mixedCase, "Person", "1", "first");
        recordAt("2025-03-02T10:00:00Z", mixedCase, "Person", "2", "second");
        recordAt("2025-03-02T11:00:00Z", unique("someone-else"), "Person", "2", "not this actor");

        assertThat(summaries(new AuditQuery("  " + mixedCase.toLowerCase() + " ", null, null, null, null)))
                .containsExactly("second", "first");
        assertThat(summaries(new AuditQuery(mixedCase.toUpperCase(), null, null, null, null)))
                .containsExactly("second", "first");
    }

    @Test
    void searchesByRecordTypeAndId() {
        String type = "Bank holiday";
        String seven = unique("7");
        recordAt("2025-03-01T10:00:00Z", actor, type, seven, "seven");
        recordAt("2025-03-01T11:00:00Z", actor, type, unique("8"), "eight");
        recordAt("2025-03-01T12:00:00Z", actor, type, seven, "seven again");
        recordAt("2025-03-01T13:00:00Z", actor, "Team", seven, "other type");

        assertThat(summaries(new AuditQuery(null, type, seven, null, null))).containsExactly("seven again", "seven");
        assertThat(summaries(new AuditQuery(actor, " " + type + " ", null, null, null)))
                .containsExactly("seven again", "eight", "seven");
        assertThat(summaries(new AuditQuery(actor, null, seven, null, null)))
                .containsExactly("other type", "seven again", "seven");
    }

    /** 2025-07-01 and 2025-07-02 in British Summer Time: UK midnight is 23:00 UTC the evening before. */
    @Test
    void searchesWholeUkDaysInclusiveInSummer() {
        recordAt("2025-06-30T22:59:59Z", actor, "Person", "1", "30 June 23:59:59 UK");
        recordAt("2025-06-30T23:00:00Z", actor, "Person", "1", "1 July 00:00 UK");
        recordAt("2025-07-01T12:00:00Z", actor, "Person", "1", "1 July 13:00 UK");
        recordAt("2025-07-02T22:59:59.999Z", actor, "Person", "1", "2 July 23:59:59 UK");
        recordAt("2025-07-02T23:00:00Z", actor, "Person", "1", "3 July 00:00 UK");

        assertThat(summaries(new AuditQuery(actor, null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2))))
                .containsExactly("2 July 23:59:59 UK", "1 July 13:00 UK", "1 July 00:00 UK");
        assertThat(summaries(new AuditQuery(actor, null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1))))
                .containsExactly("1 July 13:00 UK", "1 July 00:00 UK");
        assertThat(summaries(new AuditQuery(actor, null, null, LocalDate.of(2025, 7, 2), null)))
                .containsExactly("3 July 00:00 UK", "2 July 23:59:59 UK");
        assertThat(summaries(new AuditQuery(actor, null, null, null, LocalDate.of(2025, 6, 30))))
                .containsExactly("30 June 23:59:59 UK");
    }

    /** In winter UK time is UTC. */
    @Test
    void searchesWholeUkDaysInclusiveInWinter() {
        recordAt("2025-01-14T23:59:59Z", actor, "Person", "1", "14 January");
        recordAt("2025-01-15T00:00:00Z", actor, "Person", "1", "15 January start");
        recordAt("2025-01-15T23:59:59Z", actor, "Person", "1", "15 January end");
        recordAt("2025-01-16T00:00:00Z", actor, "Person", "1", "16 January");

        LocalDate day = LocalDate.of(2025, 1, 15);
        assertThat(summaries(new AuditQuery(actor, null, null, day, day)))
                .containsExactly("15 January end", "15 January start");
    }

    @Test
    void newestFirstWithTheLaterLineFirstWhenTimesAreEqual() {
        recordAt("2025-05-05T09:00:00Z", actor, "Person", "1", "early");
        recordAt("2025-05-05T12:00:00Z", actor, "Person", "1", "noon, written first");
        recordAt("2025-05-05T12:00:00Z", actor, "Person", "1", "noon, written second");
        recordAt("2025-05-05T10:00:00Z", actor, "Person", "1", "mid-morning, written last");

        assertThat(summaries(new AuditQuery(actor, null, null, null, null)))
                .containsExactly("noon, written second", "noon, written first", "mid-morning, written last", "early");
    }

    @Test
    void paginates() {
        List<String> newestFirst = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            recordAt("2025-04-0" + i + "T10:00:00Z", actor, "Person", String.valueOf(i), "event " + i);
            newestFirst.add(0, "event " + i);
        }

        AuditQuery query = new AuditQuery(actor, null, null, null, null);
        Page<AuditEvent> first = audit.search(query, 0, 2);
        Page<AuditEvent> last = audit.search(query, 2, 2);

        assertThat(first.getTotalElements()).isEqualTo(5);
        assertThat(first.getTotalPages()).isEqualTo(3);
        assertThat(first.getContent()).extracting(AuditEvent::getSummary).containsExactly("event 5", "event 4");
        assertThat(audit.search(query, 1, 2).getContent())
                .extracting(AuditEvent::getSummary)
                .containsExactly("event 3", "event 2");
        assertThat(last.getContent()).extracting(AuditEvent::getSummary).containsExactly("event 1");
        assertThat(last.hasNext()).isFalse();
        assertThat(audit.search(query, 3, 2).getContent()).isEmpty();
    }

    @Test
    void emptyFiltersAreIgnored() {
        recordAt("2025-02-02T10:00:00Z", actor, "Person", "1", "the only one");
        assertThat(summaries(new AuditQuery(actor, "", "  ", null, null))).containsExactly("the only one");
    }

    private void recordAt(String instant, String who, String recordType, String recordId, String summary) {
        AuditService atTime = new AuditService(events, jdbc, json, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
        transaction.executeWithoutResult(
                status -> atTime.record(who, AuditAction.VIEW, RecordKind.of(recordType), recordId, summary));
    }

    private List<AuditEvent> search(AuditQuery query) {
        return audit.search(query, 0, 100).getContent();
    }

    private List<String> summaries(AuditQuery query) {
        return search(query).stream().map(AuditEvent::getSummary).toList();
    }
}
