package org.throughcare.treatment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** Starts or changes a treatment episode: provider (when starting), setting, key worker and its dates. */
class EpisodeForm {

    private Long providerId;

    private Long referralId;

    @NotNull(message = "Select where treatment is given")
    private TreatmentSetting setting;

    @NotBlank(message = "Enter the key worker's name")
    @Size(max = 120, message = "Key worker's name must be 120 characters or fewer")
    private String keyWorker;

    @ValidDate(name = "the date treatment started", required = true)
    private DateInput startedOn = new DateInput();

    @ValidDate(name = "the date of triage or assessment")
    private DateInput triagedOn = new DateInput();

    @ValidDate(name = "the date of the care plan")
    private DateInput carePlanOn = new DateInput();

    private long version;

    static EpisodeForm of(TreatmentEpisode e) {
        EpisodeForm form = new EpisodeForm();
        form.setting = e.getSetting();
        form.keyWorker = e.getKeyWorker();
        form.startedOn = DateInput.of(e.getStartedOn());
        form.triagedOn = DateInput.of(e.getTriagedOn());
        form.carePlanOn = DateInput.of(e.getCarePlanOn());
        form.version = e.getVersion();
        return form;
    }

    EpisodeDetails toDetails() {
        return new EpisodeDetails(
                setting,
                keyWorker,
                startedOn.toLocalDate(),
                triagedOn.toLocalDate(),
                carePlanOn.toLocalDate(),
                version);
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    public TreatmentSetting getSetting() {
        return setting;
    }

    public void setSetting(TreatmentSetting setting) {
        this.setting = setting;
    }

    public String getKeyWorker() {
        return keyWorker;
    }

    public void setKeyWorker(String keyWorker) {
        this.keyWorker = keyWorker;
    }

    public DateInput getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(DateInput startedOn) {
        this.startedOn = startedOn;
    }

    public DateInput getTriagedOn() {
        return triagedOn;
    }

    public void setTriagedOn(DateInput triagedOn) {
        this.triagedOn = triagedOn;
    }

    public DateInput getCarePlanOn() {
        return carePlanOn;
    }

    public void setCarePlanOn(DateInput carePlanOn) {
        this.carePlanOn = carePlanOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
