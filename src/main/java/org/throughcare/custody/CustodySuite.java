package org.throughcare.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.Audited;
import org.throughcare.audit.AuditedEntity;

import java.time.LocalDate;

/** A police custody suite, and the period during which drug testing is switched on there. */
@Entity
@Table(name = "custody_suite")
class CustodySuite extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Audited(label = "Police force area (id)")
    @Column(name = "force_id", nullable = false)
    private Long forceId;

    @Column(nullable = false)
    private String name;

    @Column(name = "testing_live_from")
    private LocalDate testingLiveFrom;

    @Column(name = "testing_ended_on")
    private LocalDate testingEndedOn;

    protected CustodySuite() {}

    CustodySuite(Long forceId, String name, LocalDate testingLiveFrom, LocalDate testingEndedOn) {
        change(forceId, name, testingLiveFrom, testingEndedOn);
    }

    void change(Long forceId, String name, LocalDate testingLiveFrom, LocalDate testingEndedOn) {
        this.forceId = forceId;
        this.name = name;
        this.testingLiveFrom = testingLiveFrom;
        this.testingEndedOn = testingEndedOn;
    }

    /** Whether drug testing was live here on that day. */
    public boolean testingLiveOn(LocalDate date) {
        return testingLiveFrom != null
                && !date.isBefore(testingLiveFrom)
                && (testingEndedOn == null || date.isBefore(testingEndedOn));
    }

    public Long getId() {
        return id;
    }

    public Long getForceId() {
        return forceId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getTestingLiveFrom() {
        return testingLiveFrom;
    }

    public LocalDate getTestingEndedOn() {
        return testingEndedOn;
    }
}
