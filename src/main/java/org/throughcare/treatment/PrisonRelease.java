package org.throughcare.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.LocalDate;
import java.time.Period;

/**
 * A release from prison and what followed: naloxone, the continuity-of-care referral, and the first community
 * treatment appointment attended, which the national indicator counts within three weeks.
 */
@Entity
@Table(name = "prison_release")
class PrisonRelease extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "released_on", nullable = false, updatable = false)
    private LocalDate releasedOn;

    @Column(nullable = false, updatable = false)
    private String prison;

    @Column(name = "naloxone_supplied", nullable = false, updatable = false)
    private boolean naloxoneSupplied;

    @Column(name = "continuity_referral", nullable = false, updatable = false)
    private boolean continuityReferral;

    @Column(name = "first_appointment_on")
    private LocalDate firstAppointmentOn;

    @Column(name = "first_appointment_by")
    private String firstAppointmentBy;

    protected PrisonRelease() {}

    PrisonRelease(
            Long personId,
            Long teamId,
            LocalDate releasedOn,
            String prison,
            boolean naloxoneSupplied,
            boolean continuityReferral) {
        this.personId = personId;
        this.teamId = teamId;
        this.releasedOn = releasedOn;
        this.prison = prison;
        this.naloxoneSupplied = naloxoneSupplied;
        this.continuityReferral = continuityReferral;
    }

    void firstAppointment(LocalDate on, String by) {
        this.firstAppointmentOn = on;
        this.firstAppointmentBy = by;
    }

    /** Seen in community treatment within the period after release (three weeks by default). */
    boolean seenWithin(Period period) {
        return firstAppointmentOn != null && !firstAppointmentOn.isAfter(releasedOn.plus(period));
    }

    /** Not seen yet and the period has run out by the day given. */
    boolean overdue(Period period, LocalDate today) {
        return firstAppointmentOn == null && today.isAfter(releasedOn.plus(period));
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

    public LocalDate getReleasedOn() {
        return releasedOn;
    }

    public String getPrison() {
        return prison;
    }

    public boolean isNaloxoneSupplied() {
        return naloxoneSupplied;
    }

    public boolean isContinuityReferral() {
        return continuityReferral;
    }

    public LocalDate getFirstAppointmentOn() {
        return firstAppointmentOn;
    }

    public String getFirstAppointmentBy() {
        return firstAppointmentBy;
    }
}
