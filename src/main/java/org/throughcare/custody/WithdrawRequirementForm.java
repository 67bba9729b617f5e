package org.throughcare.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.throughcare.web.WhenForm;

/** The police withdrew a required assessment, with a reason. */
class WithdrawRequirementForm extends WhenForm {

    @NotBlank(message = "Enter why the requirement was withdrawn")
    @Size(max = 250, message = "Reason must be 250 characters or fewer")
    private String reason;

    @Override
    public String step() {
        return "it was withdrawn";
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
