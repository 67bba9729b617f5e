package org.throughcare.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why the worker's team is starting work with someone another team recorded. */
public class OpenCaseForm {

    @NotNull(message = "Select why your team is starting work with this person")
    private CaseAccessReason reason;

    @Size(max = 300, message = "Details must be 300 characters or fewer")
    private String detail;

    public CaseAccessReason getReason() {
        return reason;
    }

    public void setReason(CaseAccessReason reason) {
        this.reason = reason;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
