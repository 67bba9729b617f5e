package org.throughcare.treatment;

import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** The date of a date-only step: the first appointment after release, or the end of an intervention. */
class DayForm {

    @ValidDate(name = "the date", required = true)
    private DateInput on = new DateInput();

    public DateInput getOn() {
        return on;
    }

    public void setOn(DateInput on) {
        this.on = on;
    }
}
