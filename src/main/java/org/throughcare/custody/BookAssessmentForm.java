package org.throughcare.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;
import org.throughcare.web.ValidTime;

/** Booking a required assessment: when, where, with whom, and when notice was given. */
class BookAssessmentForm {

    @Valid
    @ValidDate(name = "the date of the appointment", required = true)
    private DateInput appointmentDate = new DateInput();

    @ValidTime(name = "the time of the appointment", required = true)
    private String appointmentTime;

    @NotBlank(message = "Enter where the assessment will happen")
    @Size(max = 200, message = "Place must be 200 characters or fewer")
    private String place;

    @NotBlank(message = "Enter the name of the assessor")
    @Size(max = 100, message = "Assessor's name must be 100 characters or fewer")
    private String assessorName;

    @Valid
    @ValidDate(name = "the date notice was given", required = true, notInFuture = true)
    private DateInput noticeDate = new DateInput();

    @ValidTime(name = "the time notice was given", required = true)
    private String noticeTime;

    @NotNull(message = "Select yes if the notice warned that failing to attend or remain is an offence")
    private Boolean warningGiven;

    @NotBlank(message = "Enter who imposed the requirement")
    @Size(max = 100, message = "Who imposed the requirement must be 100 characters or fewer")
    private String imposedBy;

    AssessmentBooking toBooking(AssessmentKind kind) {
        return new AssessmentBooking(
                kind,
                appointmentDate.at(appointmentTime),
                place,
                noticeDate.at(noticeTime),
                assessorName,
                warningGiven,
                imposedBy);
    }

    public Boolean getWarningGiven() {
        return warningGiven;
    }

    public void setWarningGiven(Boolean warningGiven) {
        this.warningGiven = warningGiven;
    }

    public String getImposedBy() {
        return imposedBy;
    }

    public void setImposedBy(String imposedBy) {
        this.imposedBy = imposedBy;
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

    public String getAssessorName() {
        return assessorName;
    }

    public void setAssessorName(String assessorName) {
        this.assessorName = assessorName;
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
}
