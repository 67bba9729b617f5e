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
 * An assessment the police required after a positive test. Booked, then an outcome; a follow-up may be
 * cancelled by the assessor; a failure is reported to the police. Status is derived from those steps.
 */
@Entity
@Table(name = "required_assessment")
class RequiredAssessment extends AuditedEntity {

    public enum Status {
        BOOKED("Booked", "blue"),
        AWAITING_OUTCOME("Awaiting outcome", "orange"),
        ATTENDED("Attended and remained", "green"),
        FAILED_POLICE_NOT_TOLD("Failed: police not yet told", "red"),
        FAILED_POLICE_TOLD("Failed: police told", "grey"),
        CANCELLED("Cancelled by assessor", "grey"),
        ENDED("Requirement ended", "grey");

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

    /** What may happen next to a booked assessment. */
    public enum Action {
        RECORD_OUTCOME,
        TELL_POLICE,
        CHANGE_APPOINTMENT,
        WITHDRAW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "custody_event_id", nullable = false, updatable = false)
    private CustodyEvent event;

    /** The event's custody suite, copied by the database (migration V58) so the worklist finds a force's rows. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "suite_id", insertable = false, updatable = false)
    private CustodySuite suite;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AssessmentKind kind;

    @Column(name = "appointment_at")
    private Instant appointmentAt;

    private String place;

    @Column(name = "notice_given_at")
    private Instant noticeGivenAt;

    @Column(name = "assessor_name")
    private String assessorName;

    @Enumerated(EnumType.STRING)
    private AssessmentOutcome outcome;

    @Column(name = "outcome_recorded_at")
    private Instant outcomeRecordedAt;

    @Column(name = "outcome_recorded_by")
    private String outcomeRecordedBy;

    @Enumerated(EnumType.STRING)
    private AssessmentResult result;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "warning_given")
    private Boolean warningGiven;

    @Column(name = "imposed_by")
    private String imposedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "police_notified_at")
    private Instant policeNotifiedAt;

    @Column(name = "police_notified_by")
    private String policeNotifiedBy;

    @Column(name = "police_officer_name")
    private String policeOfficerName;

    @Column(name = "police_collar_number")
    private String policeCollarNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "police_told_how")
    private PoliceContact.How policeToldHow;

    /**
     * On an initial assessment: whether its event's follow-up is recorded (booked or cancelled). Kept by the database
     * from the follow-up rows (migration V57) for the worklist's query, never written here, and not refreshed in a
     * session that records the follow-up: read {@link CustodyEventRecord#assessment} for that.
     */
    @Column(name = "follow_up_recorded", insertable = false, updatable = false)
    private boolean followUpRecorded;

    protected RequiredAssessment() {}

    RequiredAssessment(CustodyEvent event, AssessmentKind kind) {
        this.event = event;
        this.kind = kind;
    }

    void book(Instant appointmentAt, String place, Instant noticeGivenAt, String assessorName) {
        this.appointmentAt = appointmentAt;
        this.place = place;
        this.noticeGivenAt = noticeGivenAt;
        this.assessorName = assessorName;
    }

    /** A further notice moved the appointment; the change itself is kept as an {@link AppointmentChange}. */
    void reschedule(Instant appointmentAt, String place) {
        this.appointmentAt = appointmentAt;
        this.place = place;
    }

    void imposed(Boolean warningGiven, String imposedBy) {
        this.warningGiven = warningGiven;
        this.imposedBy = imposedBy;
    }

    void recordOutcome(AssessmentOutcome outcome, AssessmentResult result, Instant at, String by) {
        this.outcome = outcome;
        this.result = outcome == AssessmentOutcome.ATTENDED_AND_REMAINED ? result : null;
        this.outcomeRecordedAt = at;
        this.outcomeRecordedBy = by;
    }

    void cancel(String reason, Instant at, String by) {
        this.cancelReason = reason;
        this.cancelledAt = at;
        this.cancelledBy = by;
    }

    /** The requirement ceases without an outcome, for example when the lab did not confirm the drug (s16). */
    void end(String reason, Instant at, String by) {
        this.endReason = reason;
        this.endedAt = at;
        this.endedBy = by;
    }

    void policeNotified(Instant at, String by, PoliceContact officer) {
        this.policeNotifiedAt = at;
        this.policeNotifiedBy = by;
        this.policeOfficerName = officer.officerName();
        this.policeCollarNumber = officer.collarNumber();
        this.policeToldHow = officer.how();
    }

    public Allowed allows(Action action) {
        if (event.voided()) {
            return Allowed.no("This test was voided: " + event.getVoidReason());
        }
        return switch (action) {
            // An outcome, a further notice and a withdrawal all need the requirement still open.
            case RECORD_OUTCOME, CHANGE_APPOINTMENT, WITHDRAW -> {
                if (ended()) {
                    yield Allowed.no("This requirement ended: " + endReason);
                }
                if (cancelled()) {
                    yield Allowed.no("This assessment was cancelled by the assessor");
                }
                yield outcome != null
                        ? Allowed.no("The outcome of this assessment is already recorded")
                        : Allowed.yes();
            }
            case TELL_POLICE -> {
                if (!failed()) {
                    yield Allowed.no("Only tell the police when the person failed to attend or did not remain");
                }
                yield policeNotifiedAt != null
                        ? Allowed.no("The police were already told about this failure")
                        : Allowed.yes();
            }
        };
    }

    public Status status(Instant now) {
        if (cancelledAt != null) {
            return Status.CANCELLED;
        }
        if (endedAt != null) {
            return Status.ENDED;
        }
        if (outcome == null) {
            return appointmentAt.isAfter(now) ? Status.BOOKED : Status.AWAITING_OUTCOME;
        }
        if (!outcome.failure()) {
            return Status.ATTENDED;
        }
        return policeNotifiedAt == null ? Status.FAILED_POLICE_NOT_TOLD : Status.FAILED_POLICE_TOLD;
    }

    public boolean booked() {
        return appointmentAt != null;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean ended() {
        return endedAt != null;
    }

    /** Still waiting for its outcome: not cancelled, not ended, nothing recorded. */
    public boolean open() {
        return outcome == null && cancelledAt == null && endedAt == null;
    }

    public boolean attended() {
        return outcome == AssessmentOutcome.ATTENDED_AND_REMAINED;
    }

    public boolean failed() {
        return outcome != null && outcome.failure();
    }

    public Long getId() {
        return id;
    }

    public CustodyEvent getEvent() {
        return event;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public Instant getAppointmentAt() {
        return appointmentAt;
    }

    public String getPlace() {
        return place;
    }

    public Instant getNoticeGivenAt() {
        return noticeGivenAt;
    }

    public String getAssessorName() {
        return assessorName;
    }

    public AssessmentOutcome getOutcome() {
        return outcome;
    }

    public Instant getOutcomeRecordedAt() {
        return outcomeRecordedAt;
    }

    public String getOutcomeRecordedBy() {
        return outcomeRecordedBy;
    }

    public AssessmentResult getResult() {
        return result;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Boolean getWarningGiven() {
        return warningGiven;
    }

    public String getImposedBy() {
        return imposedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getEndReason() {
        return endReason;
    }

    /** The officer told, or null for a failure recorded before officers were recorded. */
    public PoliceContact getPoliceContact() {
        return policeOfficerName == null
                ? null
                : new PoliceContact(policeOfficerName, policeCollarNumber, policeToldHow);
    }

    public Instant getPoliceNotifiedAt() {
        return policeNotifiedAt;
    }

    public String getPoliceNotifiedBy() {
        return policeNotifiedBy;
    }
}
