package org.throughcare.compliance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One revision of an order's compliance checklist: every barrier with its strategy, and whether the person agreed.
 * A change to the checklist is a new revision (numbered 1, 2, ... per order); a revision is never changed, so
 * revisions can always be compared.
 */
@Entity
@Table(name = "compliance_checklist")
class Checklist extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false)
    private ChecklistReason reason;

    @Column(name = "person_agreed", nullable = false, updatable = false)
    private boolean personAgreed;

    @Column(name = "agreed_on", updatable = false)
    private LocalDate agreedOn;

    @ElementCollection
    @CollectionTable(name = "compliance_barrier", joinColumns = @JoinColumn(name = "checklist_id"))
    private List<BarrierLine> barriers = new ArrayList<>();

    protected Checklist() {}

    Checklist(
            Long orderId,
            Long personId,
            int revision,
            ChecklistReason reason,
            boolean personAgreed,
            LocalDate agreedOn,
            List<BarrierLine> barriers) {
        this.orderId = orderId;
        this.personId = personId;
        this.revision = revision;
        this.reason = reason;
        this.personAgreed = personAgreed;
        this.agreedOn = personAgreed ? agreedOn : null;
        this.barriers = new ArrayList<>(barriers);
    }

    public Long getId() {
        return id;
    }

    Long getOrderId() {
        return orderId;
    }

    Long getPersonId() {
        return personId;
    }

    int getRevision() {
        return revision;
    }

    ChecklistReason getReason() {
        return reason;
    }

    boolean isPersonAgreed() {
        return personAgreed;
    }

    LocalDate getAgreedOn() {
        return agreedOn;
    }

    /** Every barrier, in the checklist's order. */
    List<BarrierLine> getBarriers() {
        return barriers.stream()
                .sorted(Comparator.comparing(BarrierLine::getBarrier))
                .toList();
    }

    Optional<BarrierLine> line(Barrier barrier) {
        return barriers.stream().filter(l -> l.getBarrier() == barrier).findFirst();
    }

    List<BarrierLine> presentBarriers() {
        return getBarriers().stream().filter(BarrierLine::isPresent).toList();
    }
}
