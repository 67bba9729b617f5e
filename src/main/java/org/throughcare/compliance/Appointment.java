package org.throughcare.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;
import org.throughcare.common.UkTime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An appointment under an order and, once recorded, its outcome: who recorded it and when, the reason and evidence
 * of an absence, and the appointment a rescheduled one moved to. Whether it is overdue is derived, never stored.
 */
@Entity
@Table(name = "appointment")
class Appointment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AppointmentKind kind;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(nullable = false, updatable = false)
    private String place;

    @Column(name = "with_whom", nullable = false, updatable = false)
    private String withWhom;

    @Enumerated(EnumType.STRING)
    private AppointmentOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "absence_reason")
    private AbsenceReason absenceReason;

    @Column(name = "absence_evidence")
    private String absenceEvidence;

    @Column(name = "outcome_notes")
    private String outcomeNotes;

    @Column(name = "rescheduled_to_id")
    private Long rescheduledToId;

    @Column(name = "outcome_recorded_at")
    private Instant outcomeRecordedAt;

    @Column(name = "outcome_recorded_by")
    private String outcomeRecordedBy;

    protected Appointment() {}

    Appointment(Long orderId, Long personId, AppointmentKind kind, Instant startsAt, String place, String withWhom) {
        this.orderId = orderId;
        this.personId = personId;
        this.kind = kind;
        this.startsAt = startsAt;
        this.place = place;
        this.withWhom = withWhom;
    }

    void recordOutcome(
            AppointmentOutcome outcome,
            AbsenceReason reason,
            String evidence,
            String notes,
            Long rescheduledToId,
            Instant at,
            String by) {
        this.outcome = outcome;
        this.absenceReason = reason;
        this.absenceEvidence = evidence;
        this.outcomeNotes = notes;
        this.rescheduledToId = rescheduledToId;
        this.outcomeRecordedAt = at;
        this.outcomeRecordedBy = by;
    }

    /** Its time has passed and no outcome is recorded. */
    boolean overdue(Instant now) {
        return outcome == null && startsAt.isBefore(now);
    }

    boolean isFailure() {
        return outcome != null && outcome.isFailure();
    }

    LocalDate day() {
        return LocalDate.ofInstant(startsAt, UkTime.ZONE);
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getPersonId() {
        return personId;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getWithWhom() {
        return withWhom;
    }

    public AppointmentOutcome getOutcome() {
        return outcome;
    }

    public AbsenceReason getAbsenceReason() {
        return absenceReason;
    }

    public String getAbsenceEvidence() {
        return absenceEvidence;
    }

    public String getOutcomeNotes() {
        return outcomeNotes;
    }

    public Long getRescheduledToId() {
        return rescheduledToId;
    }

    public Instant getOutcomeRecordedAt() {
        return outcomeRecordedAt;
    }

    public String getOutcomeRecordedBy() {
        return outcomeRecordedBy;
    }
}
