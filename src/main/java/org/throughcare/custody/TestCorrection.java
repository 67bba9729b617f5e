package org.throughcare.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

/** One field of a test corrected: its value before and after, and why. Who and when are created_by/at. */
@Entity
@Table(name = "custody_event_correction")
class TestCorrection extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "custody_event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(nullable = false, updatable = false)
    private String field;

    @Column(name = "value_before", updatable = false)
    private String before;

    @Column(name = "value_after", updatable = false)
    private String after;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected TestCorrection() {}

    TestCorrection(Long eventId, String field, String before, String after, String reason) {
        this.eventId = eventId;
        this.field = field;
        this.before = before;
        this.after = after;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getReason() {
        return reason;
    }
}
