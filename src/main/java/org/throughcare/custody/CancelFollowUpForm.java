package org.throughcare.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.throughcare.web.WhenForm;

/** The assessor cancels the follow-up assessment, with a reason. */
class CancelFollowUpForm extends WhenForm {

    @NotBlank(message = "Enter why the assessor cancelled the follow-up assessment")
    @Size(max = 500, message = "Reason must be 500 characters or fewer")
    private String reason;

    @Override
    public String step() {
        return "it was cancelled";
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
