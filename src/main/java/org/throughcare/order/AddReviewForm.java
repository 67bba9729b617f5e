package org.throughcare.order;

import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** A court review set outside the schedule. */
class AddReviewForm {

    @ValidDate(name = "the date of the review", required = true)
    private DateInput dueOn = new DateInput();

    public DateInput getDueOn() {
        return dueOn;
    }

    public void setDueOn(DateInput dueOn) {
        this.dueOn = dueOn;
    }
}
