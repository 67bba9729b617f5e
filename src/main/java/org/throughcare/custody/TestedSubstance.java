package org.throughcare.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.LocalDate;

/** A substance custody drug tests report on; the list may widen, so it is data, not code. */
@Entity
@Table(name = "tested_substance")
class TestedSubstance extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(name = "founds_required_assessment", nullable = false)
    private boolean foundsRequiredAssessment;

    @Column(name = "tested_from")
    private LocalDate testedFrom;

    protected TestedSubstance() {}

    TestedSubstance(String code, String name, int displayOrder) {
        this.code = code;
        this.name = name;
        this.displayOrder = displayOrder;
    }

    void change(String name, boolean active, int displayOrder) {
        this.name = name;
        this.active = active;
        this.displayOrder = displayOrder;
    }

    void changeLaw(boolean foundsRequiredAssessment, LocalDate testedFrom) {
        this.foundsRequiredAssessment = foundsRequiredAssessment;
        this.testedFrom = testedFrom;
    }

    /** Whether a test on this day reports on the substance: a test from before it was added never does. */
    public boolean testedOn(LocalDate day) {
        return testedFrom == null || !day.isBefore(testedFrom);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    /** A positive for it can found a required assessment (a specified Class A drug the police named). */
    public boolean foundsRequiredAssessment() {
        return foundsRequiredAssessment;
    }

    public LocalDate getTestedFrom() {
        return testedFrom;
    }
}
