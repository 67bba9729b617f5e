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
import org.hibernate.annotations.Formula;
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

    /**
     * Whether required assessment was notified at the suite on the day of arrest (Drugs Act 2005 s9(5)-(6)):
     * read with the event from its suite's notification conditions, so a corrected condition applies at once.
     */
    @Formula("(exists (select 1 from testing_notification n where n.suite_id = suite_id"
            + " and n.kind = 'REQUIRED_ASSESSMENT'"
            + " and n.in_force_from <= cast(timezone('Europe/London', arrested_at) as date)"
            + " and (n.ended_on is null or n.ended_on > cast(timezone('Europe/London', arrested_at) as date))))")
    private boolean requiredAssessmentInForce;

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

    @Column(name = "custody_record_number")
    private String custodyRecordNumber;

    @Column(name = "sample_reference")
    private String sampleReference;

    @Column(name = "sample_taken_by")
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

    @Column(name = "released_at")
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
    /** Corrects the record-keeping details; the rules and the correction's history are the service's. */
    void correct(String custodyRecordNumber, String sampleReference, String sampleTakenBy, Instant releasedAt) {
        this.custodyRecordNumber = custodyRecordNumber;
        this.sampleReference = sampleReference;
        this.sampleTakenBy = sampleTakenBy;
        this.releasedAt = releasedAt;
    }

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

    public boolean isRequiredAssessmentInForce() {
        return requiredAssessmentInForce;
    }

    /**
     * A formula is only read when the event is loaded: a new event gets the value from the conditions it was
     * recorded under, so a requirement imposed in the same transaction sees it.
     */
    void requiredAssessmentInForce(boolean inForce) {
        this.requiredAssessmentInForce = inForce;
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
