package org.throughcare.dashboard;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.throughcare.audit.AuditedEntity;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A local programme of an area, as its manager describes it, and the teams whose cases its figures count. */
@Entity
@Table(name = "programme")
class Programme extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "area_id", nullable = false, updatable = false)
    private Long areaId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgrammeKind kind;

    @Column(name = "objective_crime_reduction", nullable = false)
    private boolean crimeReduction;

    @Column(name = "objective_less_drug_use", nullable = false)
    private boolean lessDrugUse;

    @Column(name = "objective_less_harm", nullable = false)
    private boolean lessHarm;

    @Column(name = "objectives_detail")
    private String objectivesDetail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TreatmentPhilosophy philosophy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgrammeSetting setting;

    @Column(nullable = false)
    private String eligibility;

    @Column(name = "funding_source", nullable = false)
    private String fundingSource;

    @Column(name = "funded_from", nullable = false)
    private LocalDate fundedFrom;

    @Column(name = "funded_to", nullable = false)
    private LocalDate fundedTo;

    @Column
    private String barriers;

    // Eager, and for a page of programmes in one more statement: every use of a programme needs its teams.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "programme_team", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "team_id", nullable = false)
    private Set<Long> teamIds = new LinkedHashSet<>();

    protected Programme() {}

    Programme(Long areaId, ProgrammeDetails details) {
        this.areaId = areaId;
        describe(details);
    }

    /** Replaces the description with the one given (already checked by {@link ProgrammeRules}). */
    void describe(ProgrammeDetails details) {
        this.name = details.name();
        this.kind = details.kind();
        this.crimeReduction = details.objectives().contains(ProgrammeDetails.Objective.CRIME_REDUCTION);
        this.lessDrugUse = details.objectives().contains(ProgrammeDetails.Objective.LESS_DRUG_USE);
        this.lessHarm = details.objectives().contains(ProgrammeDetails.Objective.LESS_HARM);
        this.objectivesDetail = details.objectivesDetail();
        this.philosophy = details.philosophy();
        this.setting = details.setting();
        this.eligibility = details.eligibility();
        this.fundingSource = details.fundingSource();
        this.fundedFrom = details.fundedFrom();
        this.fundedTo = details.fundedTo();
        this.barriers = details.barriers();
        this.teamIds.clear();
        this.teamIds.addAll(details.teamIds());
    }

    /** The description as it stands, to fill the edit form and compare for the audit trail. */
    public ProgrammeDetails details() {
        Set<ProgrammeDetails.Objective> objectives = new LinkedHashSet<>();
        if (crimeReduction) {
            objectives.add(ProgrammeDetails.Objective.CRIME_REDUCTION);
        }
        if (lessDrugUse) {
            objectives.add(ProgrammeDetails.Objective.LESS_DRUG_USE);
        }
        if (lessHarm) {
            objectives.add(ProgrammeDetails.Objective.LESS_HARM);
        }
        return new ProgrammeDetails(
                name,
                kind,
                objectives,
                objectivesDetail,
                philosophy,
                setting,
                eligibility,
                fundingSource,
                fundedFrom,
                fundedTo,
                barriers,
                Set.copyOf(teamIds));
    }

    public Long getId() {
        return id;
    }

    Long getAreaId() {
        return areaId;
    }

    public String getName() {
        return name;
    }

    Set<Long> getTeamIds() {
        return Set.copyOf(teamIds);
    }
}
