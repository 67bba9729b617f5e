package org.throughcare.treatment;

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

/** A reintegration need: what it is, the action agreed, any referral made for it, and once reached, its outcome. */
@Entity
@Table(name = "reintegration_need")
class ReintegrationNeed extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReintegrationArea area;

    @Column(nullable = false, updatable = false)
    private String need;

    @Column(name = "action_agreed", nullable = false, updatable = false)
    private String actionAgreed;

    @Column(name = "referral_id", updatable = false)
    private Long referralId;

    @Column(name = "identified_on", nullable = false, updatable = false)
    private LocalDate identifiedOn;

    @Enumerated(EnumType.STRING)
    private NeedOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "outcome_by")
    private String outcomeBy;

    protected ReintegrationNeed() {}

    ReintegrationNeed(
            Long personId,
            Long teamId,
            ReintegrationArea area,
            String need,
            String actionAgreed,
            Long referralId,
            LocalDate identifiedOn) {
        this.personId = personId;
        this.teamId = teamId;
        this.area = area;
        this.need = need;
        this.actionAgreed = actionAgreed;
        this.referralId = referralId;
        this.identifiedOn = identifiedOn;
    }

    void reach(NeedOutcome outcome, LocalDate on, String by) {
        this.outcome = outcome;
        this.outcomeOn = on;
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

    public ReintegrationArea getArea() {
        return area;
    }

    public String getNeed() {
        return need;
    }

    public String getActionAgreed() {
        return actionAgreed;
    }

    public Long getReferralId() {
        return referralId;
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    public NeedOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public String getOutcomeBy() {
        return outcomeBy;
    }
}
