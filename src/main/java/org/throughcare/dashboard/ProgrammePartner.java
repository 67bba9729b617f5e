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

import java.time.LocalDate;

/** A partner agency of a programme: its roles and responsibilities, and the training its staff were given. */
@Entity
@Table(name = "programme_partner")
class ProgrammePartner extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(nullable = false)
    private String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerSector sector;

    @Column(nullable = false)
    private String responsibilities;

    @Column
    private String training;

    @Column(name = "trained_on")
    private LocalDate trainedOn;

    protected ProgrammePartner() {}

    ProgrammePartner(
            Long programmeId,
            String agency,
            PartnerSector sector,
            String responsibilities,
            String training,
            LocalDate trainedOn) {
        this.programmeId = programmeId;
        this.agency = agency;
        this.sector = sector;
        this.responsibilities = responsibilities;
        this.training = training;
        this.trainedOn = trainedOn;
    }

    public Long getId() {
        return id;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    public String getAgency() {
        return agency;
    }

    PartnerSector getSector() {
        return sector;
    }

    String getResponsibilities() {
        return responsibilities;
    }

    String getTraining() {
        return training;
    }

    LocalDate getTrainedOn() {
        return trainedOn;
    }
}
