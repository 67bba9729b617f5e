package org.throughcare.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Which of two records of one person to keep, and why they are the same person. */
class MergeForm {

    @NotNull(message = "Select the record to keep")
    private Long survivorId;

    @NotBlank(message = "Enter why these two records are the same person")
    @Size(max = 300, message = "Reason must be 300 characters or fewer")
    private String reason;

    public Long getSurvivorId() {
        return survivorId;
    }

    public void setSurvivorId(Long survivorId) {
        this.survivorId = survivorId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
