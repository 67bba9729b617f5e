package org.throughcare.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.throughcare.common.UkTime;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one way to write the audit trail. Recording joins the caller's transaction (and refuses to run
 * without one), so an audit line is saved exactly when the change or view it describes is.
 */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String recordType, Object recordId, String summary) {
        record(CurrentActor.name(), action, recordType, recordId, summary);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, String recordType, Object recordId, String summary) {
        events.save(new AuditEvent(
                clock.instant(),
                actor,
                action,
                recordType,
                recordId == null ? null : String.valueOf(recordId),
                summary));
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

    private static java.time.Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(UkTime.ZONE).toInstant();
    }
}
