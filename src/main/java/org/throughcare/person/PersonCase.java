package org.throughcare.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;
import org.throughcare.common.Allowed;

import java.time.Instant;

/**
 * A team's work with a person. Opening, closing and each transfer are stored as who-and-when, so the
 * status (open or closed) is derived and the history can always be reported.
 */
@Entity
@Table(name = "person_case")
public class PersonCase extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "opened_for", nullable = false, updatable = false)
    private CaseOpenedFor openedFor;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "close_reason")
    private String closeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_reason", updatable = false)
    private CaseAccessReason accessReason;

    @Column(name = "access_reason_detail", updatable = false)
    private String accessReasonDetail;

    protected PersonCase() {}

    PersonCase(Person person, Long teamId, Long ownerId, CaseOpenedFor openedFor, Instant openedAt, String openedBy) {
        this.person = person;
        this.teamId = teamId;
        this.ownerId = ownerId;
        this.openedFor = openedFor;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /** Records why this case was opened for someone another team recorded: it is what gives the team access. */
    void openedForAccess(CaseAccessReason reason, String detail) {
        this.accessReason = reason;
        this.accessReasonDetail = detail;
    }

    void transfer(Long toTeamId, Long toOwnerId) {
        this.teamId = toTeamId;
        this.ownerId = toOwnerId;
    }

    void close(Instant at, String by, String reason) {
        this.closedAt = at;
        this.closedBy = by;
        this.closeReason = reason;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** What may happen next to a case. */
    public enum Action {
        TRANSFER,
        CLOSE
    }

    public Allowed allows(Action action) {
        return switch (action) {
            case TRANSFER, CLOSE -> isOpen() ? Allowed.yes() : Allowed.no("This case is closed");
        };
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public CaseOpenedFor getOpenedFor() {
        return openedFor;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public CaseAccessReason getAccessReason() {
        return accessReason;
    }

    public String getAccessReasonDetail() {
        return accessReasonDetail;
    }
}
