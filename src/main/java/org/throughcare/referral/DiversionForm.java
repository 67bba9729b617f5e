package org.throughcare.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** A diversion: the kind, the scheme, the conditions, when it was given and the deadline. */
class DiversionForm {

    @NotNull(message = "Select the kind of disposal or scheme")
    private DiversionKind kind;

    @NotBlank(message = "Enter the name of the scheme or disposal")
    @Size(max = 160, message = "The name must be 160 characters or fewer")
    private String scheme;

    @NotBlank(message = "Enter the conditions the person must meet")
    @Size(max = 1000, message = "The conditions must be 1,000 characters or fewer")
    private String conditions;

    @ValidDate(name = "the date it was given", required = true)
    private DateInput givenOn = new DateInput();

    @ValidDate(name = "the deadline", required = true)
    private DateInput deadline = new DateInput();

    public DiversionKind getKind() {
        return kind;
    }

    public void setKind(DiversionKind kind) {
        this.kind = kind;
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public DateInput getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(DateInput givenOn) {
        this.givenOn = givenOn;
    }

    public DateInput getDeadline() {
        return deadline;
    }

    public void setDeadline(DateInput deadline) {
        this.deadline = deadline;
    }
}
