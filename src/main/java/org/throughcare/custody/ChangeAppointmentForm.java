package org.throughcare.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;
import org.throughcare.web.ValidTime;

import java.time.Instant;

/** A further notice moving a required assessment to another time or place (RA2-style). */
class ChangeAppointmentForm {

    @Valid
    @ValidDate(name = "the date of the new appointment", required = true)
    private DateInput appointmentDate = new DateInput();

    @ValidTime(name = "the time of the new appointment", required = true)
    private String appointmentTime;

    @NotBlank(message = "Enter where the assessment will happen")
    @Size(max = 200, message = "Place must be 200 characters or fewer")
    private String place;

    @Valid
    @ValidDate(name = "the date notice of the change was given", required = true, notInFuture = true)
    private DateInput noticeDate = new DateInput();

    @ValidTime(name = "the time notice of the change was given", required = true)
    private String noticeTime;

    @Size(max = 300, message = "Reason must be 300 characters or fewer")
    private String reason;

    static ChangeAppointmentForm of(RequiredAssessment assessment) {
        ChangeAppointmentForm form = new ChangeAppointmentForm();
        form.place = assessment.getPlace();
        return form;
    }

    Instant appointmentAt() {
        return appointmentDate.at(appointmentTime);
    }

    Instant noticeGivenAt() {
        return noticeDate.at(noticeTime);
    }

    public DateInput getAppointmentDate() {
        return appointmentDate;
    }

    public void setAppointmentDate(DateInput appointmentDate) {
        this.appointmentDate = appointmentDate;
    }

    public String getAppointmentTime() {
        return appointmentTime;
    }

    public void setAppointmentTime(String appointmentTime) {
        this.appointmentTime = appointmentTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public DateInput getNoticeDate() {
        return noticeDate;
    }

    public void setNoticeDate(DateInput noticeDate) {
        this.noticeDate = noticeDate;
    }

    public String getNoticeTime() {
        return noticeTime;
    }

    public void setNoticeTime(String noticeTime) {
        this.noticeTime = noticeTime;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
