package org.throughcare.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class CustodyNumberForm {

    @NotBlank(message = "Enter the custody record number")
    @Size(max = 30, message = "Custody record number must be 30 characters or fewer")
    private String number;

    @NotNull(message = "Select the police force that gave the custody record number")
    private Long forceId;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getForceId() {
        return forceId;
    }

    public void setForceId(Long forceId) {
        this.forceId = forceId;
    }
}
