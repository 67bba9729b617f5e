package org.throughcare.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;
import org.throughcare.common.Allowed;
import org.throughcare.web.Formats;

import java.time.LocalDate;

/**
 * A period of treatment at a provider: started (from a referral or not), triaged, a care plan agreed, and ended
 * with a reason. Open until its exit is recorded; an ended episode takes no more changes.
 */
@Entity
@Table(name = "treatment_episode")
class TreatmentEpisode extends AuditedEntity {

    enum Action {
        CHANGE_DATES,
        ADD_INTERVENTION,
        RECORD_EXIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private Long providerId;

    @Column(name = "referral_id", updatable = false)
    private Long referralId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TreatmentSetting setting;

    @Column(name = "key_worker", nullable = false)
    private String keyWorker;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "triaged_on")
    private LocalDate triagedOn;

    @Column(name = "care_plan_on")
    private LocalDate carePlanOn;

    @Column(name = "exit_on")
    private LocalDate exitOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason")
    private ExitReason exitReason;

    @Column(name = "exit_recorded_by")
    private String exitRecordedBy;

    protected TreatmentEpisode() {}

    TreatmentEpisode(Long personId, Long providerId, Long referralId, Long teamId, EpisodeDetails details) {
        this.personId = personId;
        this.providerId = providerId;
        this.referralId = referralId;
        this.teamId = teamId;
        change(details);
    }

    void change(EpisodeDetails d) {
        this.setting = d.setting();
        this.keyWorker = d.keyWorker();
        this.startedOn = d.startedOn();
        this.triagedOn = d.triagedOn();
        this.carePlanOn = d.carePlanOn();
    }

    boolean open() {
        return exitOn == null;
    }

    Allowed allows(Action action) {
        return open()
                ? Allowed.yes()
                : Allowed.no("This episode ended on " + Formats.ukDate(exitOn) + " ("
                        + exitReason.label().toLowerCase(java.util.Locale.UK) + "): it can no longer be changed");
    }

    void exit(LocalDate on, ExitReason reason, String by) {
        this.exitOn = on;
        this.exitReason = reason;
        this.exitRecordedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Long getReferralId() {
        return referralId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public TreatmentSetting getSetting() {
        return setting;
    }

    public String getKeyWorker() {
        return keyWorker;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getTriagedOn() {
        return triagedOn;
    }

    public LocalDate getCarePlanOn() {
        return carePlanOn;
    }

    public LocalDate getExitOn() {
        return exitOn;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public String getExitRecordedBy() {
        return exitRecordedBy;
    }
}
