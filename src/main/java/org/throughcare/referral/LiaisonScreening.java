package org.throughcare.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;
import org.throughcare.common.Allowed;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A Liaison and Diversion screening: where and when the person was seen, the needs found, risk and urgency; then
 * the full assessment and the outcome (who and when for each). In progress until its outcome is recorded.
 */
@Entity
@Table(name = "liaison_screening")
class LiaisonScreening extends AuditedEntity {

    enum Action {
        RECORD_ASSESSMENT,
        RECORD_OUTCOME,
        REFER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ScreeningSource source;

    @Column(name = "screened_at", nullable = false, updatable = false)
    private Instant screenedAt;

    @Column(name = "screened_by", nullable = false, updatable = false)
    private String screenedBy;

    @Column(name = "substance_use", nullable = false, updatable = false)
    private boolean substanceUse;

    @Column(name = "mental_health", nullable = false, updatable = false)
    private boolean mentalHealth;

    @Column(name = "learning_disability", nullable = false, updatable = false)
    private boolean learningDisability;

    @Column(name = "physical_health", nullable = false, updatable = false)
    private boolean physicalHealth;

    @Column(nullable = false, updatable = false)
    private boolean housing;

    @Column(nullable = false, updatable = false)
    private boolean social;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Risk risk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Urgency urgency;

    @Column(updatable = false)
    private String notes;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "assessed_by")
    private String assessedBy;

    @Enumerated(EnumType.STRING)
    private ScreeningOutcome outcome;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "outcome_by")
    private String outcomeBy;

    protected LiaisonScreening() {}

    LiaisonScreening(
            Long personId,
            Long teamId,
            ScreeningSource source,
            Instant screenedAt,
            String screenedBy,
            Set<ScreeningNeed> needs,
            Risk risk,
            Urgency urgency,
            String notes) {
        this.personId = personId;
        this.teamId = teamId;
        this.source = source;
        this.screenedAt = screenedAt;
        this.screenedBy = screenedBy;
        this.substanceUse = needs.contains(ScreeningNeed.SUBSTANCE_USE);
        this.mentalHealth = needs.contains(ScreeningNeed.MENTAL_HEALTH);
        this.learningDisability = needs.contains(ScreeningNeed.LEARNING_DISABILITY);
        this.physicalHealth = needs.contains(ScreeningNeed.PHYSICAL_HEALTH);
        this.housing = needs.contains(ScreeningNeed.HOUSING);
        this.social = needs.contains(ScreeningNeed.SOCIAL);
        this.risk = risk;
        this.urgency = urgency;
        this.notes = notes;
    }

    /**
     * A screening as the person page shows it; its status rule is the entity's too, so that a summary read as plain
     * rows says what the full section says.
     */
    record Line(
            Long id,
            Instant screenedAt,
            ScreeningSource source,
            Set<ScreeningNeed> needs,
            Risk risk,
            Instant assessedAt,
            ScreeningOutcome outcome) {

        /** How far the screening went: ended with its outcome, assessed, or screened only. */
        String status() {
            if (outcome != null) {
                return "Ended: " + outcome.label().toLowerCase(Locale.UK);
            }
            return assessedAt == null ? "Screened: assessment to do" : "Assessed: outcome to record";
        }
    }

    Line line() {
        return new Line(id, screenedAt, source, needs(), risk, assessedAt, outcome);
    }

    Set<ScreeningNeed> needs() {
        return needs(substanceUse, mentalHealth, learningDisability, physicalHealth, housing, social);
    }

    static Set<ScreeningNeed> needs(
            boolean substanceUse,
            boolean mentalHealth,
            boolean learningDisability,
            boolean physicalHealth,
            boolean housing,
            boolean social) {
        Set<ScreeningNeed> needs = EnumSet.noneOf(ScreeningNeed.class);
        if (substanceUse) {
            needs.add(ScreeningNeed.SUBSTANCE_USE);
        }
        if (mentalHealth) {
            needs.add(ScreeningNeed.MENTAL_HEALTH);
        }
        if (learningDisability) {
            needs.add(ScreeningNeed.LEARNING_DISABILITY);
        }
        if (physicalHealth) {
            needs.add(ScreeningNeed.PHYSICAL_HEALTH);
        }
        if (housing) {
            needs.add(ScreeningNeed.HOUSING);
        }
        if (social) {
            needs.add(ScreeningNeed.SOCIAL);
        }
        return needs;
    }

    boolean inProgress() {
        return outcome == null;
    }

    Allowed allows(Action action) {
        if (!inProgress()) {
            return Allowed.no("This screening ended: " + outcome.label().toLowerCase(java.util.Locale.UK));
        }
        if (action == Action.RECORD_ASSESSMENT && assessedAt != null) {
            return Allowed.no("The assessment is already recorded");
        }
        return Allowed.yes();
    }

    /** When the latest step happened: the next cannot be earlier. */
    Instant lastStepAt() {
        return assessedAt == null ? screenedAt : assessedAt;
    }

    void assessed(Instant at, String by) {
        this.assessedAt = at;
        this.assessedBy = by;
    }

    void concluded(ScreeningOutcome outcome, Instant at, String by) {
        this.outcome = outcome;
        this.outcomeAt = at;
        this.outcomeBy = by;
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

    public ScreeningSource getSource() {
        return source;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }

    public String getScreenedBy() {
        return screenedBy;
    }

    public Risk getRisk() {
        return risk;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public ScreeningOutcome getOutcome() {
        return outcome;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public String getOutcomeBy() {
        return outcomeBy;
    }
}
