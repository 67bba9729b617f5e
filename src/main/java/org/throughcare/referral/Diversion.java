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

import java.time.LocalDate;

/**
 * An out-of-court disposal or diversion scheme with a drug condition: given on a day with a deadline; open until
 * its outcome (complied, not complied and what followed, or withdrawn) is recorded; overdue after the deadline.
 */
@Entity
@Table(name = "diversion")
class Diversion extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DiversionKind kind;

    @Column(nullable = false, updatable = false)
    private String scheme;

    @Column(nullable = false, updatable = false)
    private String conditions;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private DiversionOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "outcome_by")
    private String outcomeBy;

    @Column(name = "outcome_notes")
    private String outcomeNotes;

    protected Diversion() {}

    Diversion(
            Long personId,
            Long teamId,
            DiversionKind kind,
            String scheme,
            String conditions,
            LocalDate givenOn,
            LocalDate deadline) {
        this.personId = personId;
        this.teamId = teamId;
        this.kind = kind;
        this.scheme = scheme;
        this.conditions = conditions;
        this.givenOn = givenOn;
        this.deadline = deadline;
    }

    /**
     * A diversion as the person page shows it; its rules (open, past its deadline) are the entity's too, so that a
     * summary read as plain rows says what the full section says.
     */
    record Line(
            Long id,
            DiversionKind kind,
            String scheme,
            LocalDate givenOn,
            LocalDate deadline,
            DiversionOutcome outcome,
            LocalDate outcomeOn) {

        boolean open() {
            return outcome == null;
        }

        boolean overdue(LocalDate today) {
            return open() && today.isAfter(deadline);
        }
    }

    Line line() {
        return new Line(id, kind, scheme, givenOn, deadline, outcome, outcomeOn);
    }

    boolean open() {
        return line().open();
    }

    boolean overdue(LocalDate today) {
        return line().overdue(today);
    }

    void conclude(DiversionOutcome outcome, LocalDate on, String by, String notes) {
        this.outcome = outcome;
        this.outcomeOn = on;
        this.outcomeBy = by;
        this.outcomeNotes = notes;
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

    public DiversionKind getKind() {
        return kind;
    }

    public String getScheme() {
        return scheme;
    }

    public String getConditions() {
        return conditions;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public DiversionOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public String getOutcomeBy() {
        return outcomeBy;
    }

    public String getOutcomeNotes() {
        return outcomeNotes;
    }
}
