package org.throughcare.order;

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
import java.util.HashSet;
import java.util.Set;

/**
 * A community order or suspended sentence order, supervised by a responsible officer in a probation team. It ends
 * only by a court decision that ends it (who recorded it and when are kept); everything after that is read-only
 * except a manager's correction.
 */
@Entity
@Table(name = "court_order")
class CourtOrder extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "responsible_officer_id", nullable = false)
    private Long responsibleOfficerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false)
    private OrderType type;

    @Column(name = "court_id", nullable = false)
    private Long courtId;

    @Column(name = "sentenced_on", nullable = false)
    private LocalDate sentencedOn;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_outcome")
    private OrderOutcome endedOutcome;

    @Column(name = "ended_by")
    private String endedBy;

    @ElementCollection
    @CollectionTable(name = "order_offence", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "offence_id")
    private Set<Long> offenceIds = new HashSet<>();

    protected CourtOrder() {}

    CourtOrder(
            Long personId,
            Long teamId,
            Long responsibleOfficerId,
            OrderType type,
            Long courtId,
            LocalDate sentencedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            Set<Long> offenceIds) {
        this.personId = personId;
        this.teamId = teamId;
        this.responsibleOfficerId = responsibleOfficerId;
        this.type = type;
        this.courtId = courtId;
        this.sentencedOn = sentencedOn;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.offenceIds = new HashSet<>(offenceIds);
    }

    void end(OrderOutcome outcome, LocalDate on, String by) {
        this.endedOutcome = outcome;
        this.endedOn = on;
        this.endedBy = by;
    }

    void amendEndDate(LocalDate newEndsOn) {
        this.endsOn = newEndsOn;
    }

    void assignOfficer(Long teamId, Long officerId) {
        this.teamId = teamId;
        this.responsibleOfficerId = officerId;
    }

    boolean isEnded() {
        return endedOn != null;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getResponsibleOfficerId() {
        return responsibleOfficerId;
    }

    public OrderType getType() {
        return type;
    }

    public Long getCourtId() {
        return courtId;
    }

    public LocalDate getSentencedOn() {
        return sentencedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public OrderOutcome getEndedOutcome() {
        return endedOutcome;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public Set<Long> getOffenceIds() {
        return Set.copyOf(offenceIds);
    }
}
