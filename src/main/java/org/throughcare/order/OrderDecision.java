package org.throughcare.order;

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

/** A court decision that leaves the order running (amended, breached and continued), kept as its history. */
@Entity
@Table(name = "order_decision")
class OrderDecision extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderOutcome decision;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "new_ends_on", updatable = false)
    private LocalDate newEndsOn;

    @Column(updatable = false)
    private String notes;

    protected OrderDecision() {}

    OrderDecision(Long orderId, OrderOutcome decision, LocalDate decidedOn, LocalDate newEndsOn, String notes) {
        this.orderId = orderId;
        this.decision = decision;
        this.decidedOn = decidedOn;
        this.newEndsOn = newEndsOn;
        this.notes = notes;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public OrderOutcome getDecision() {
        return decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getNewEndsOn() {
        return newEndsOn;
    }

    public String getNotes() {
        return notes;
    }
}
