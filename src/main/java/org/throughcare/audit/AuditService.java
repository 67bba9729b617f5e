package org.throughcare.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.throughcare.common.UkTime;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one way to write the audit trail. Recording joins the caller's transaction (and refuses to run
 * without one), so an audit line is saved exactly when the change or view it describes is.
 */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditService(AuditEventRepository events, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, RecordKind kind, Object recordId, String summary) {
        record(CurrentActor.name(), action, kind, recordId, summary);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, RecordKind kind, Object recordId, String summary) {
        save(actor, action, kind, recordId, summary, List.of());
    }

    /**
     * A change described field by field ({@link EntitySnapshots}): the changes are kept as they are (old and new
     * value of each field), and the summary says them in words, after the lead when there is one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, RecordKind kind, Object recordId, String lead, List<AuditChange> changes) {
        String described = changes.stream()
                .map(c -> c.field() + ": " + (c.before().isEmpty() ? "none" : c.before()) + " → "
                        + (c.after().isEmpty() ? "none" : c.after()))
                .collect(Collectors.joining("; "));
        String summary = lead == null || lead.isBlank()
                ? (described.isEmpty() ? "No changes" : described)
                : lead + (described.isEmpty() ? "" : ": " + described);
        save(CurrentActor.name(), action, kind, recordId, summary, changes);
    }

    /**
     * One plain INSERT on the caller's connection, not a persisted entity: every audited page view pays for this line,
     * and Hibernate's persist (an identity round trip, entity validation and the persistence context's bookkeeping) cost
     * the person page about 5% of its time for a row nothing reads back in the same request.
     */
    private void save(
            String actor,
            AuditAction action,
            RecordKind kind,
            Object recordId,
            String summary,
            List<AuditChange> changes) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, record_type, record_id, summary, changes)
                        values (:occurredAt, :actor, :action, :recordType, :recordId, :summary, cast(:changes as jsonb))""")
                .param("occurredAt", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", action.name())
                .param("recordType", kind.code())
                .param("recordId", recordId == null ? null : String.valueOf(recordId), Types.VARCHAR)
                .param("summary", summary, Types.VARCHAR)
                .param("changes", changes.isEmpty() ? null : json.writeValueAsString(changes), Types.VARCHAR)
                .update();
    }

    /** Every kind of record the trail speaks of, as the audit log offers them: code and label, by label. */
    @Transactional(readOnly = true)
    public Map<String, String> recordKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        events.findRecordKinds().forEach(kind -> kinds.put((String) kind[0], (String) kind[1]));
        return kinds;
    }

    /** The changes an audit line keeps, field by field; none for a line without them. */
    public List<AuditChange> changes(AuditEvent event) {
        if (event.getChanges() == null) {
            return List.of();
        }
        return List.of(json.readValue(event.getChanges(), AuditChange[].class));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditQuery query, int page, int size) {
        Specification<AuditEvent> spec = Specification.unrestricted();
        if (StringUtils.hasText(query.actor())) {
            String actor = query.actor().trim().toLowerCase();
            spec = spec.and((root, q, cb) -> cb.equal(cb.lower(root.get("actor")), actor));
        }
        if (StringUtils.hasText(query.recordType())) {
            String type = query.recordType().trim();
            spec = spec.and((root, q, cb) -> cb.equal(root.get("recordType"), type));
        }
        if (StringUtils.hasText(query.recordId())) {
            String id = query.recordId().trim();
            spec = spec.and((root, q, cb) -> cb.equal(root.get("recordId"), id));
        }
        if (query.from() != null) {
            var start = startOfDay(query.from());
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
        }
        if (query.to() != null) {
            var end = startOfDay(query.to().plusDays(1));
            spec = spec.and((root, q, cb) -> cb.lessThan(root.get("occurredAt"), end));
        }
        Sort newestFirst = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
        return events.findAll(spec, PageRequest.of(page, size, newestFirst));
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(UkTime.ZONE).toInstant();
    }
}
