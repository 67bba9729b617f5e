package org.throughcare.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.WhenForm;

/** When the police were told about a failure to attend or remain, which officer, and how. */
class PoliceToldForm extends WhenForm {

    @NotBlank(message = "Enter the name of the police officer who was told")
    @Size(max = 100, message = "The officer's name must be 100 characters or fewer")
    private String officerName;

    @NotBlank(message = "Enter the officer's collar number")
    @Size(max = 10, message = "The collar number must be 10 characters or fewer")
    private String collarNumber;

    @NotNull(message = "Select how the officer was told")
    private PoliceContact.How how;

    PoliceContact officer() {
        return new PoliceContact(officerName, collarNumber, how);
    }

    public String getOfficerName() {
        return officerName;
    }

    public void setOfficerName(String officerName) {
        this.officerName = officerName;
    }

    public String getCollarNumber() {
        return collarNumber;
    }

    public void setCollarNumber(String collarNumber) {
        this.collarNumber = collarNumber;
    }

    public PoliceContact.How getHow() {
        return how;
    }

    public void setHow(PoliceContact.How how) {
        this.how = how;
    }

    @Override
    public String step() {
        return "the police were told";
    }
}
