package org.throughcare.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One reallocation of a case, kept for ever so a case's history can be told. */
@Entity
@Table(name = "case_transfer")
class CaseTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "from_team_id", nullable = false, updatable = false)
    private Long fromTeamId;

    @Column(name = "to_team_id", nullable = false, updatable = false)
    private Long toTeamId;

    @Column(name = "from_owner_id", updatable = false)
    private Long fromOwnerId;

    @Column(name = "to_owner_id", updatable = false)
    private Long toOwnerId;

    @Column(name = "transferred_at", nullable = false, updatable = false)
    private Instant transferredAt;

    @Column(name = "transferred_by", nullable = false, updatable = false)
    private String transferredBy;

    @Column(name = "reason", updatable = false)
    private String reason;

    protected CaseTransfer() {}

    CaseTransfer(
            Long caseId,
            Long fromTeamId,
            Long toTeamId,
            Long fromOwnerId,
            Long toOwnerId,
            Instant at,
            String by,
            String reason) {
        this.caseId = caseId;
        this.fromTeamId = fromTeamId;
        this.toTeamId = toTeamId;
        this.fromOwnerId = fromOwnerId;
        this.toOwnerId = toOwnerId;
        this.transferredAt = at;
        this.transferredBy = by;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getFromTeamId() {
        return fromTeamId;
    }

    public Long getToTeamId() {
        return toTeamId;
    }

    public Long getFromOwnerId() {
        return fromOwnerId;
    }

    public Long getToOwnerId() {
        return toOwnerId;
    }

    public Instant getTransferredAt() {
        return transferredAt;
    }

    public String getTransferredBy() {
        return transferredBy;
    }

    public String getReason() {
        return reason;
    }
}
