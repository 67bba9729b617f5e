package org.throughcare.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.Instant;

/**
 * A further notice that moved a required assessment to another time or place (the RA2-style notice). The
 * appointment before the change is kept, so the record shows every notice the person was given; who
 * recorded it and when are the row's created_by and created_at.
 */
@Entity
@Table(name = "required_assessment_change")
class AppointmentChange extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "required_assessment_id", nullable = false, updatable = false)
    private Long assessmentId;

    @Column(name = "previous_appointment_at", nullable = false, updatable = false)
    private Instant previousAppointmentAt;

    @Column(name = "previous_place", nullable = false, updatable = false)
    private String previousPlace;

    @Column(name = "appointment_at", nullable = false, updatable = false)
    private Instant appointmentAt;

    @Column(nullable = false, updatable = false)
    private String place;

    @Column(name = "notice_given_at", nullable = false, updatable = false)
    private Instant noticeGivenAt;

    @Column(updatable = false)
    private String reason;

    protected AppointmentChange() {}

    AppointmentChange(
            RequiredAssessment before, Instant appointmentAt, String place, Instant noticeGivenAt, String reason) {
        this.assessmentId = before.getId();
        this.previousAppointmentAt = before.getAppointmentAt();
        this.previousPlace = before.getPlace();
        this.appointmentAt = appointmentAt;
        this.place = place;
        this.noticeGivenAt = noticeGivenAt;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Instant getPreviousAppointmentAt() {
        return previousAppointmentAt;
    }

    public String getPreviousPlace() {
        return previousPlace;
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

    public String getReason() {
        return reason;
    }
}
