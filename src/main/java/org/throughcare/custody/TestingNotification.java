package org.throughcare.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.Audited;
import org.throughcare.audit.AuditedEntity;

import java.time.LocalDate;

/**
 * A notification condition: from which day (and, once withdrawn, until which day) a kind of testing or the
 * required assessment was in force at a custody suite. The database refuses two periods of one kind at one
 * suite that overlap.
 */
@Entity
@Table(name = "testing_notification")
class TestingNotification extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Audited(label = "Custody suite (id)")
    @Column(name = "suite_id", nullable = false, updatable = false)
    private Long suiteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "in_force_from", nullable = false)
    private LocalDate inForceFrom;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected TestingNotification() {}

    TestingNotification(Long suiteId, NotificationKind kind, LocalDate inForceFrom, LocalDate endedOn) {
        this.suiteId = suiteId;
        this.kind = kind;
        change(inForceFrom, endedOn);
    }

    void change(LocalDate inForceFrom, LocalDate endedOn) {
        this.inForceFrom = inForceFrom;
        this.endedOn = endedOn;
    }

    boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (endedOn == null || date.isBefore(endedOn));
    }

    /** Whether this period and [from, ended) share a day. */
    boolean overlaps(LocalDate from, LocalDate ended) {
        return (ended == null || inForceFrom.isBefore(ended)) && (endedOn == null || from.isBefore(endedOn));
    }

    public Long getId() {
        return id;
    }

    public Long getSuiteId() {
        return suiteId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
