package org.throughcare.audit;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Writes audit lines as if at another time, for tests of what reads the trail (the audit log page). */
public final class AuditTrailAt {

    private final AuditService atTime;
    private final TransactionTemplate transaction;

    public AuditTrailAt(ApplicationContext context, Instant instant) {
        this.atTime = new AuditService(
                context.getBean(AuditEventRepository.class),
                context.getBean(JdbcClient.class),
                context.getBean(JsonMapper.class),
                Clock.fixed(instant, ZoneOffset.UTC));
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    public void record(String who, AuditAction action, String recordType, String recordId, String summary) {
        transaction.executeWithoutResult(
                status -> atTime.record(who, action, RecordKind.of(recordType), recordId, summary));
    }
}
