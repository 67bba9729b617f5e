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

import java.time.LocalDate;

/**
 * A warning or breach action after a failure to comply (one per failure). A breach is in progress until the court's
 * result is recorded, with who recorded it; a warning has no result.
 */
@Entity
@Table(name = "enforcement_action")
class EnforcementAction extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private Long appointmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EnforcementKind kind;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(updatable = false)
    private String notes;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Enumerated(EnumType.STRING)
    private BreachResult resolution;

    @Column(name = "resolved_by")
    private String resolvedBy;

    protected EnforcementAction() {}

    EnforcementAction(
            Long orderId, Long personId, Long appointmentId, EnforcementKind kind, LocalDate decidedOn, String notes) {
        this.orderId = orderId;
        this.personId = personId;
        this.appointmentId = appointmentId;
        this.kind = kind;
        this.decidedOn = decidedOn;
        this.notes = notes;
    }

    void resolve(BreachResult result, LocalDate on, String by) {
        this.resolution = result;
        this.resolvedOn = on;
        this.resolvedBy = by;
    }

    /** A breach whose result is not recorded yet. */
    boolean inProgress() {
        return kind == EnforcementKind.BREACH && resolution == null;
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

    public Long getAppointmentId() {
        return appointmentId;
    }

    public EnforcementKind getKind() {
        return kind;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public BreachResult getResolution() {
        return resolution;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }
}
