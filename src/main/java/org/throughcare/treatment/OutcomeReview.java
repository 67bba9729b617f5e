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

/**
 * An outcome review (TOP-style) in a treatment episode: the 28 days before {@link #getReviewedOn()}, as the person
 * and the worker who conducted it answered. Recorded once and not changed afterwards: a later review records the
 * change.
 */
@Entity
@Table(name = "outcome_review")
class OutcomeReview extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "episode_id", nullable = false, updatable = false)
    private Long episodeId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OutcomeReviewKind kind;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    private LocalDate reviewedOn;

    @Column(name = "conducted_by", nullable = false, updatable = false)
    private String conductedBy;

    @Column(name = "alcohol_days", nullable = false, updatable = false)
    private int alcoholDays;

    @Column(name = "opiate_days", nullable = false, updatable = false)
    private int opiateDays;

    @Column(name = "crack_days", nullable = false, updatable = false)
    private int crackDays;

    @Column(name = "cocaine_days", nullable = false, updatable = false)
    private int cocaineDays;

    @Column(name = "amphetamine_days", nullable = false, updatable = false)
    private int amphetamineDays;

    @Column(name = "cannabis_days", nullable = false, updatable = false)
    private int cannabisDays;

    @Column(name = "other_drug_days", nullable = false, updatable = false)
    private int otherDrugDays;

    @Column(name = "tobacco_days", nullable = false, updatable = false)
    private int tobaccoDays;

    @Column(name = "injecting_days", nullable = false, updatable = false)
    private int injectingDays;

    @Column(name = "shared_equipment", nullable = false, updatable = false)
    private boolean sharedEquipment;

    @Column(name = "shoplifting_days", nullable = false, updatable = false)
    private int shopliftingDays;

    @Column(name = "selling_drugs_days", nullable = false, updatable = false)
    private int sellingDrugsDays;

    @Column(name = "vehicle_theft_days", nullable = false, updatable = false)
    private int vehicleTheftDays;

    @Column(name = "theft_burglary_days", nullable = false, updatable = false)
    private int theftBurglaryDays;

    @Column(name = "violence_days", nullable = false, updatable = false)
    private int violenceDays;

    @Column(name = "psychological_health", nullable = false, updatable = false)
    private int psychologicalHealth;

    @Column(name = "physical_health", nullable = false, updatable = false)
    private int physicalHealth;

    @Column(name = "quality_of_life", nullable = false, updatable = false)
    private int qualityOfLife;

    @Column(name = "paid_work_days", nullable = false, updatable = false)
    private int paidWorkDays;

    @Column(name = "education_days", nullable = false, updatable = false)
    private int educationDays;

    @Column(name = "acute_housing_problem", nullable = false, updatable = false)
    private boolean acuteHousingProblem;

    @Column(name = "eviction_risk", nullable = false, updatable = false)
    private boolean evictionRisk;

    protected OutcomeReview() {}

    /** A review whose items the rules have checked: none is null. */
    OutcomeReview(
            Long episodeId,
            Long personId,
            OutcomeReviewKind kind,
            LocalDate reviewedOn,
            String conductedBy,
            OutcomeItems i) {
        this.episodeId = episodeId;
        this.personId = personId;
        this.kind = kind;
        this.reviewedOn = reviewedOn;
        this.conductedBy = conductedBy;
        this.alcoholDays = i.alcoholDays();
        this.opiateDays = i.opiateDays();
        this.crackDays = i.crackDays();
        this.cocaineDays = i.cocaineDays();
        this.amphetamineDays = i.amphetamineDays();
        this.cannabisDays = i.cannabisDays();
        this.otherDrugDays = i.otherDrugDays();
        this.tobaccoDays = i.tobaccoDays();
        this.injectingDays = i.injectingDays();
        this.sharedEquipment = i.sharedEquipment();
        this.shopliftingDays = i.shopliftingDays();
        this.sellingDrugsDays = i.sellingDrugsDays();
        this.vehicleTheftDays = i.vehicleTheftDays();
        this.theftBurglaryDays = i.theftBurglaryDays();
        this.violenceDays = i.violenceDays();
        this.psychologicalHealth = i.psychologicalHealth();
        this.physicalHealth = i.physicalHealth();
        this.qualityOfLife = i.qualityOfLife();
        this.paidWorkDays = i.paidWorkDays();
        this.educationDays = i.educationDays();
        this.acuteHousingProblem = i.acuteHousingProblem();
        this.evictionRisk = i.evictionRisk();
    }

    OutcomeItems items() {
        return new OutcomeItems(
                alcoholDays,
                opiateDays,
                crackDays,
                cocaineDays,
                amphetamineDays,
                cannabisDays,
                otherDrugDays,
                tobaccoDays,
                injectingDays,
                sharedEquipment,
                shopliftingDays,
                sellingDrugsDays,
                vehicleTheftDays,
                theftBurglaryDays,
                violenceDays,
                psychologicalHealth,
                physicalHealth,
                qualityOfLife,
                paidWorkDays,
                educationDays,
                acuteHousingProblem,
                evictionRisk);
    }

    public Long getId() {
        return id;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public Long getPersonId() {
        return personId;
    }

    public OutcomeReviewKind getKind() {
        return kind;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getConductedBy() {
        return conductedBy;
    }
}
