package org.throughcare.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.throughcare.web.WhenForm;

/** Voiding a test recorded in error, with a reason. */
class VoidTestForm extends WhenForm {

    @NotBlank(message = "Enter why the test was recorded in error")
    @Size(max = 300, message = "Reason must be 300 characters or fewer")
    private String reason;

    @Override
    public String step() {
        return "it was voided";
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
