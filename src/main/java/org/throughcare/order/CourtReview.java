package org.throughcare.order;

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
 * A court review of an order: scheduled when the order is made, then the progress report sent (who and when), and
 * the hearing with attendance, outcome and notes.
 */
@Entity
@Table(name = "court_review")
class CourtReview extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "report_sent_on")
    private LocalDate reportSentOn;

    @Column(name = "report_sent_by")
    private String reportSentBy;

    @Column(name = "provider_view")
    private String providerView;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance")
    private ReviewAttendance attendance;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private ReviewOutcome outcome;

    @Column(name = "notes")
    private String notes;

    @Column(name = "outcome_recorded_by")
    private String outcomeRecordedBy;

    protected CourtReview() {}

    CourtReview(Long orderId, LocalDate dueOn) {
        this.orderId = orderId;
        this.dueOn = dueOn;
    }

    void reportSent(LocalDate on, String providerView, String by) {
        this.reportSentOn = on;
        this.providerView = providerView;
        this.reportSentBy = by;
    }

    void held(LocalDate on, ReviewAttendance attendance, ReviewOutcome outcome, String notes, String by) {
        this.heldOn = on;
        this.attendance = attendance;
        this.outcome = outcome;
        this.notes = notes;
        this.outcomeRecordedBy = by;
    }

    ReviewSummary summary() {
        return new ReviewSummary(id, orderId, dueOn, reportSentOn, providerView, heldOn, attendance, outcome, notes);
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReportSentOn() {
        return reportSentOn;
    }

    public String getReportSentBy() {
        return reportSentBy;
    }

    public String getProviderView() {
        return providerView;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public ReviewAttendance getAttendance() {
        return attendance;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getNotes() {
        return notes;
    }

    public String getOutcomeRecordedBy() {
        return outcomeRecordedBy;
    }
}
