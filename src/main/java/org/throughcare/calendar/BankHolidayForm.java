package org.throughcare.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** A bank holiday to add: its date and its name. */
class BankHolidayForm {

    @Valid
    @ValidDate(name = "the date", required = true)
    private DateInput day = new DateInput();

    @NotBlank(message = "Enter the name of the bank holiday")
    @Size(max = 100, message = "Name must be 100 characters or fewer")
    private String name;

    public DateInput getDay() {
        return day;
    }

    public void setDay(DateInput day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
