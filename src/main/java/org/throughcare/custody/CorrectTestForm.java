package org.throughcare.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.throughcare.common.Text;
import org.throughcare.common.UkTime;
import org.throughcare.web.DateInput;
import org.throughcare.web.TimeText;
import org.throughcare.web.ValidDate;
import org.throughcare.web.ValidTime;

import java.time.Instant;

/**
 * Correcting a test's record-keeping details, with a reason. What drives the law (the stage, offences,
 * outcome and results) is not corrected here: a test wrong in those is voided and recorded again.
 */
class CorrectTestForm {

    @Size(max = 30, message = "Custody record number must be 30 characters or fewer")
    private String custodyRecordNumber;

    @Size(max = 40, message = "Seal or reference number must be 40 characters or fewer")
    private String sampleReference;

    @Size(max = 100, message = "Who took the sample must be 100 characters or fewer")
    private String sampleTakenBy;

    @Valid
    @ValidDate(name = "the date of release", notInFuture = true)
    private DateInput releaseDate = new DateInput();

    @ValidTime(name = "the time of release")
    private String releaseTime;

    @NotBlank(message = "Enter why the test is being corrected")
    @Size(max = 300, message = "Reason must be 300 characters or fewer")
    private String reason;

    static CorrectTestForm of(CustodyEvent event) {
        CorrectTestForm form = new CorrectTestForm();
        form.custodyRecordNumber = event.getCustodyRecordNumber();
        form.sampleReference = event.getSampleReference();
        form.sampleTakenBy = event.getSampleTakenBy();
        form.releaseDate = DateInput.of(
                event.getReleasedAt() == null
                        ? null
                        : event.getReleasedAt().atZone(UkTime.ZONE).toLocalDate());
        form.releaseTime = event.getReleasedAt() == null
                ? null
                : TimeText.format(event.getReleasedAt().atZone(UkTime.ZONE).toLocalTime());
        return form;
    }

    void checkReleaseDateAndTime(BindingResult result) {
        CustodyEventForm.checkDateAndTime(result, releaseDate, releaseTime, "release", "of release");
    }

    CustodyEventService.Correction toCorrection() {
        return new CustodyEventService.Correction(
                Text.blankToNull(custodyRecordNumber),
                Text.blankToNull(sampleReference),
                Text.blankToNull(sampleTakenBy),
                releasedAt(),
                reason == null ? null : reason.trim());
    }

    private Instant releasedAt() {
        return releaseDate.at(releaseTime);
    }

    public String getCustodyRecordNumber() {
        return custodyRecordNumber;
    }

    public void setCustodyRecordNumber(String custodyRecordNumber) {
        this.custodyRecordNumber = custodyRecordNumber;
    }

    public String getSampleReference() {
        return sampleReference;
    }

    public void setSampleReference(String sampleReference) {
        this.sampleReference = sampleReference;
    }

    public String getSampleTakenBy() {
        return sampleTakenBy;
    }

    public void setSampleTakenBy(String sampleTakenBy) {
        this.sampleTakenBy = sampleTakenBy;
    }

    public DateInput getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(DateInput releaseDate) {
        this.releaseDate = releaseDate;
    }

    public String getReleaseTime() {
        return releaseTime;
    }

    public void setReleaseTime(String releaseTime) {
        this.releaseTime = releaseTime;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
