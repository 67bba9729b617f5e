package org.throughcare.referral;

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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A referral of a person to a provider, from a stage of the pathway. Each step after sending is stored as when
 * and by whom; the status is derived from them ({@link #status()}), and {@link ReferralLifecycle} decides which
 * step may come next.
 */
@Entity
@Table(name = "referral")
class Referral extends AuditedEntity {

    /** A recorded step: what, when and who, for the referral page and the timeline. */
    record StepRecord(ReferralStep step, Instant at, String by) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, updatable = false)
    private ReferralStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ServiceKind service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Urgency urgency;

    @Column(name = "from_team_id", nullable = false, updatable = false)
    private Long fromTeamId;

    @Column(name = "to_team_id", updatable = false)
    private Long toTeamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", updatable = false)
    private LawfulBasis lawfulBasis;

    @Column(name = "lawful_basis_reason", updatable = false)
    private String lawfulBasisReason;

    @Column(name = "screening_id", updatable = false)
    private Long screeningId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "assessed_by")
    private String assessedBy;

    @Column(name = "engaged_at")
    private Instant engagedAt;

    @Column(name = "engaged_by")
    private String engagedBy;

    @Column(name = "retained_at")
    private Instant retainedAt;

    @Column(name = "retained_by")
    private String retainedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_outcome")
    private ReferralStep closedOutcome;

    @Column(name = "closed_reason")
    private String closedReason;

    protected Referral() {}

    Referral(
            Long personId,
            ReferralStage fromStage,
            Provider provider,
            String reason,
            Urgency urgency,
            Long fromTeamId,
            LawfulBasis lawfulBasis,
            String lawfulBasisReason,
            Long screeningId,
            Instant sentAt,
            String sentBy) {
        this.personId = personId;
        this.fromStage = fromStage;
        this.provider = provider;
        this.service = provider.getService();
        this.toTeamId = provider.getTeamId();
        this.reason = reason;
        this.urgency = urgency;
        this.fromTeamId = fromTeamId;
        this.lawfulBasis = lawfulBasis;
        this.lawfulBasisReason = lawfulBasisReason;
        this.screeningId = screeningId;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }

    /** Derived from the steps recorded: the closing outcome, else the furthest step forward, else sent. */
    ReferralStatus status() {
        return ReferralStatus.of(closedOutcome, completedAt, retainedAt, engagedAt, assessedAt, acknowledgedAt);
    }

    /** Records a step the lifecycle has allowed. */
    void record(ReferralStep step, Instant at, String by, String why) {
        switch (step) {
            case ACKNOWLEDGED -> {
                acknowledgedAt = at;
                acknowledgedBy = by;
            }
            case ASSESSED -> {
                assessedAt = at;
                assessedBy = by;
            }
            case ENGAGED -> {
                engagedAt = at;
                engagedBy = by;
            }
            case RETAINED -> {
                retainedAt = at;
                retainedBy = by;
            }
            case COMPLETED -> {
                completedAt = at;
                completedBy = by;
            }
            default -> {
                closedAt = at;
                closedBy = by;
                closedOutcome = step;
                closedReason = why;
            }
        }
    }

    /** The steps recorded, in order. */
    List<StepRecord> steps() {
        List<StepRecord> steps = new ArrayList<>();
        add(steps, ReferralStep.ACKNOWLEDGED, acknowledgedAt, acknowledgedBy);
        add(steps, ReferralStep.ASSESSED, assessedAt, assessedBy);
        add(steps, ReferralStep.ENGAGED, engagedAt, engagedBy);
        add(steps, ReferralStep.RETAINED, retainedAt, retainedBy);
        add(steps, ReferralStep.COMPLETED, completedAt, completedBy);
        if (closedOutcome != null) {
            add(steps, closedOutcome, closedAt, closedBy);
        }
        return steps;
    }

    private static void add(List<StepRecord> steps, ReferralStep step, Instant at, String by) {
        if (at != null) {
            steps.add(new StepRecord(step, at, by));
        }
    }

    /** When the latest step (or the sending) happened: no later step may be earlier. */
    Instant lastStepAt() {
        List<StepRecord> steps = steps();
        return steps.stream().map(StepRecord::at).max(Instant::compareTo).orElse(sentAt);
    }

    boolean sharedWithoutConsent() {
        return lawfulBasis != null;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public ReferralStage getFromStage() {
        return fromStage;
    }

    public ServiceKind getService() {
        return service;
    }

    public Provider getProvider() {
        return provider;
    }

    public String getReason() {
        return reason;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Long getFromTeamId() {
        return fromTeamId;
    }

    public Long getToTeamId() {
        return toTeamId;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    public String getLawfulBasisReason() {
        return lawfulBasisReason;
    }

    /** The L&D screening that made this onward referral, or null. */
    public Long getScreeningId() {
        return screeningId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public Instant getEngagedAt() {
        return engagedAt;
    }

    public Instant getRetainedAt() {
        return retainedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public ReferralStep getClosedOutcome() {
        return closedOutcome;
    }

    public String getClosedReason() {
        return closedReason;
    }
}
