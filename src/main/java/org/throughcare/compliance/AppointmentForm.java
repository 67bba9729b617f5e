package org.throughcare.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;
import org.throughcare.web.ValidTime;

import java.time.Instant;

/**
 * An appointment to arrange: kind, date and time, place and with whom. Not a {@code WhenForm}: that asks when a
 * step happened and refuses the future, and appointments are mostly arranged ahead. The date and time fields keep
 * its names ({@code date}, {@code time}, {@link #step()}) so the template asks with {@code forms :: whenInputs}.
 */
class AppointmentForm {

    @NotNull(message = "Select the kind of appointment")
    private AppointmentKind kind;

    @ValidDate(name = "the date of the appointment", required = true)
    private DateInput date = new DateInput();

    @ValidTime(name = "the time of the appointment", required = true)
    private String time;

    @NotBlank(message = "Enter where the appointment is")
    @Size(max = Appointments.PLACE_MAX, message = "Place must be 200 characters or fewer")
    private String place;

    @NotBlank(message = "Enter who the appointment is with")
    @Size(max = Appointments.WITH_WHOM_MAX, message = "Who the appointment is with must be 120 characters or fewer")
    private String withWhom;

    /** As the date and time labels read: "Date of the appointment". */
    public String step() {
        return "of the appointment";
    }

    Instant at() {
        return date == null ? null : date.at(time);
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public void setKind(AppointmentKind kind) {
        this.kind = kind;
    }

    public DateInput getDate() {
        return date;
    }

    public void setDate(DateInput date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getWithWhom() {
        return withWhom;
    }

    public void setWithWhom(String withWhom) {
        this.withWhom = withWhom;
    }
}
