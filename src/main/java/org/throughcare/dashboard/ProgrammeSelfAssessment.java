package org.throughcare.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A programme's latest rating of itself against one success factor, the evidence for it, when to review it, and
 * who assessed it when (earlier assessments are in the audit trail).
 */
@Entity
@Table(name = "programme_self_assessment")
class ProgrammeSelfAssessment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SuccessFactor factor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FactorRating rating;

    @Column(nullable = false)
    private String evidence;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;

    protected ProgrammeSelfAssessment() {}

    ProgrammeSelfAssessment(Long programmeId, SuccessFactor factor) {
        this.programmeId = programmeId;
        this.factor = factor;
    }

    void assess(FactorRating rating, String evidence, LocalDate reviewOn, Instant at, String by) {
        this.rating = rating;
        this.evidence = evidence;
        this.reviewOn = reviewOn;
        this.assessedAt = at;
        this.assessedBy = by;
    }

    Long getId() {
        return id;
    }

    Long programmeId() {
        return programmeId;
    }

    SuccessFactor getFactor() {
        return factor;
    }

    FactorRating getRating() {
        return rating;
    }

    String getEvidence() {
        return evidence;
    }

    LocalDate getReviewOn() {
        return reviewOn;
    }

    Instant getAssessedAt() {
        return assessedAt;
    }

    String getAssessedBy() {
        return assessedBy;
    }
}
