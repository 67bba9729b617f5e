package org.throughcare.custody;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A drug test asked for in police custody: where, when, why, and what happened. Not changed once recorded. */
@Entity
@Table(name = "custody_event")
class CustodyEvent extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suite_id", nullable = false, updatable = false)
    private CustodySuite suite;

    @Column(name = "arrested_at", nullable = false, updatable = false)
    private Instant arrestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "test_stage", nullable = false, updatable = false)
    private TestStage testStage;

    @Column(name = "inspector_name", updatable = false)
    private String inspectorName;

    @Column(name = "inspector_rank", updatable = false)
    private String inspectorRank;

    @Column(name = "authorisation_grounds", updatable = false)
    private String authorisationGrounds;

    @Column(name = "sample_taken_at", updatable = false)
    private Instant sampleTakenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "sample_type", updatable = false)
    private SampleType sampleType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TestOutcome outcome;

    @Column(name = "refusal_warning_given", updatable = false)
    private Boolean refusalWarningGiven;

    @Column(name = "custody_record_number", updatable = false)
    private String custodyRecordNumber;

    @Column(name = "sample_reference", updatable = false)
    private String sampleReference;

    @Column(name = "sample_taken_by", updatable = false)
    private String sampleTakenBy;

    @Column(name = "age_on_arrest", updatable = false)
    private Integer ageOnArrest;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by")
    private String voidedBy;

    @Column(name = "void_reason")
    private String voidReason;

    @Column(name = "charged_at", updatable = false)
    private Instant chargedAt;

    @Column(name = "released_at", updatable = false)
    private Instant releasedAt;

    @Column(name = "appropriate_adult_present", updatable = false)
    private Boolean appropriateAdultPresent;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "custody_event_offence",
            joinColumns = @JoinColumn(name = "custody_event_id"),
            inverseJoinColumns = @JoinColumn(name = "offence_id"))
    private Set<Offence> offences = new LinkedHashSet<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<DrugTestResult> results = new ArrayList<>();

    protected CustodyEvent() {}

    CustodyEvent(Long personId, CustodySuite suite, CustodyEventCommand command, Set<Offence> offences) {
        this.personId = personId;
        this.suite = suite;
        this.arrestedAt = command.arrestedAt();
        this.testStage = command.testStage();
        this.inspectorName = command.inspectorName();
        this.inspectorRank = command.inspectorRank();
        this.authorisationGrounds = command.authorisationGrounds();
        this.sampleTakenAt = command.sampleTakenAt();
        this.sampleType = command.sampleType();
        this.outcome = command.outcome();
        this.refusalWarningGiven = command.refusalWarningGiven();
        this.chargedAt = command.chargedAt();
        this.custodyRecordNumber = command.custodyRecordNumber();
        this.sampleReference = command.sampleReference();
        this.sampleTakenBy = command.sampleTakenBy();
        this.releasedAt = command.releasedAt();
        this.appropriateAdultPresent = command.appropriateAdultPresent();
        this.offences.addAll(offences);
    }

    /** Recorded in error: the test stays on the record, struck through, with who voided it, when and why. */
    void voidAsRecordedInError(String reason, Instant at, String by) {
        this.voidReason = reason;
        this.voidedAt = at;
        this.voidedBy = by;
    }

    public boolean voided() {
        return voidedAt != null;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }

    void ageOnArrest(int age) {
        this.ageOnArrest = age;
    }

    public Integer getAgeOnArrest() {
        return ageOnArrest;
    }

    void addResult(TestedSubstance substance, TestResult result) {
        results.add(new DrugTestResult(this, substance, result));
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public CustodySuite getSuite() {
        return suite;
    }

    public Instant getArrestedAt() {
        return arrestedAt;
    }

    public TestStage getTestStage() {
        return testStage;
    }

    public String getInspectorName() {
        return inspectorName;
    }

    public String getInspectorRank() {
        return inspectorRank;
    }

    public String getAuthorisationGrounds() {
        return authorisationGrounds;
    }

    public Instant getSampleTakenAt() {
        return sampleTakenAt;
    }

    public SampleType getSampleType() {
        return sampleType;
    }

    public TestOutcome getOutcome() {
        return outcome;
    }

    public Boolean getRefusalWarningGiven() {
        return refusalWarningGiven;
    }

    public String getCustodyRecordNumber() {
        return custodyRecordNumber;
    }

    public String getSampleReference() {
        return sampleReference;
    }

    public String getSampleTakenBy() {
        return sampleTakenBy;
    }

    public Instant getChargedAt() {
        return chargedAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public Boolean getAppropriateAdultPresent() {
        return appropriateAdultPresent;
    }

    public Set<Offence> getOffences() {
        return offences;
    }

    public List<DrugTestResult> getResults() {
        return results;
    }
}
