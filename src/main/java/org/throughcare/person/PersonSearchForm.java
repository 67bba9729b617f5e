package org.throughcare.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** The search box: a name or any identifier, and optionally a date of birth. */
public class PersonSearchForm {

    @Size(max = 100, message = "Search text must be 100 characters or fewer")
    private String q;

    @Valid
    @ValidDate(name = "the date of birth", notInFuture = true)
    private DateInput dob = new DateInput();

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && dob.isEmpty();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public DateInput getDob() {
        return dob;
    }

    public void setDob(DateInput dob) {
        this.dob = dob;
    }
}
