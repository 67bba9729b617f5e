package org.throughcare.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;
import org.throughcare.common.Allowed;

import java.time.Instant;

/**
 * The custody result for one substance. A disputed positive goes to the confirmatory lab
 * (disputed_at/by); the lab's result (confirmed_*) then replaces the custody result.
 */
@Entity
@Table(name = "drug_test_result")
class DrugTestResult extends AuditedEntity {

    /** Derived from the actor/time pairs. */
    public enum Status {
        NEGATIVE("Negative", "green"),
        POSITIVE("Positive", "red"),
        AWAITING_CONFIRMATION("Positive, sent for confirmation", "orange"),
        CONFIRMED_POSITIVE("Positive, confirmed by lab", "red"),
        CONFIRMED_NEGATIVE("Negative, confirmed by lab", "green");

        private final String label;
        private final String colour;

        Status(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        public String colour() {
            return colour;
        }
    }

    /** What may happen next to a result: the confirmatory lab's two steps. */
    public enum Action {
        SEND_FOR_CONFIRMATION,
        RECORD_CONFIRMED_RESULT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "custody_event_id", nullable = false, updatable = false)
    private CustodyEvent event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tested_substance_id", nullable = false, updatable = false)
    private TestedSubstance substance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TestResult result;

    @Column(name = "disputed_at")
    private Instant disputedAt;

    @Column(name = "disputed_by")
    private String disputedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmed_result")
    private TestResult confirmedResult;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    protected DrugTestResult() {}

    DrugTestResult(CustodyEvent event, TestedSubstance substance, TestResult result) {
        this.event = event;
        this.substance = substance;
        this.result = result;
    }

    void dispute(Instant at, String by) {
        this.disputedAt = at;
        this.disputedBy = by;
    }

    void confirm(TestResult confirmed, Instant at, String by) {
        this.confirmedResult = confirmed;
        this.confirmedAt = at;
        this.confirmedBy = by;
    }

    public Allowed allows(Action action) {
        if (event.voided()) {
            return Allowed.no("This test was voided: " + event.getVoidReason());
        }
        return switch (action) {
            case SEND_FOR_CONFIRMATION -> {
                if (result != TestResult.POSITIVE) {
                    yield Allowed.no("Only a positive result can be sent for confirmation");
                }
                yield disputed() ? Allowed.no("This result was already sent for confirmation") : Allowed.yes();
            }
            case RECORD_CONFIRMED_RESULT -> {
                if (!disputed()) {
                    yield Allowed.no("Only a result sent for confirmation can have a confirmed result");
                }
                yield confirmedResult != null ? Allowed.no("The confirmed result is already recorded") : Allowed.yes();
            }
        };
    }

    public Status status() {
        if (confirmedResult != null) {
            return confirmedResult == TestResult.POSITIVE ? Status.CONFIRMED_POSITIVE : Status.CONFIRMED_NEGATIVE;
        }
        if (disputedAt != null) {
            return Status.AWAITING_CONFIRMATION;
        }
        return result == TestResult.POSITIVE ? Status.POSITIVE : Status.NEGATIVE;
    }

    /** The lab's word once there is one, the custody result until then. */
    public TestResult effectiveResult() {
        return confirmedResult != null ? confirmedResult : result;
    }

    public boolean countsAsPositive() {
        return effectiveResult() == TestResult.POSITIVE;
    }

    public boolean disputed() {
        return disputedAt != null;
    }

    public Long getId() {
        return id;
    }

    public CustodyEvent getEvent() {
        return event;
    }

    public TestedSubstance getSubstance() {
        return substance;
    }

    public TestResult getResult() {
        return result;
    }

    public Instant getDisputedAt() {
        return disputedAt;
    }

    public String getDisputedBy() {
        return disputedBy;
    }

    public TestResult getConfirmedResult() {
        return confirmedResult;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
