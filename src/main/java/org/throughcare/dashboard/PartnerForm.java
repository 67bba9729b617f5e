package org.throughcare.dashboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** A partner agency of a programme, with its roles and the training its staff were given. */
class PartnerForm {

    @NotBlank(message = "Enter the name of the partner agency")
    @Size(max = 120, message = "Agency must be 120 characters or fewer")
    private String agency;

    @NotNull(message = "Select the partner's sector")
    private PartnerSector sector;

    @NotBlank(message = "Enter the partner's roles and responsibilities")
    @Size(max = 2000, message = "Roles and responsibilities must be 2000 characters or fewer")
    private String responsibilities;

    @Size(max = 2000, message = "Training given must be 2000 characters or fewer")
    private String training;

    @ValidDate(name = "the date of training", notInFuture = true)
    private DateInput trainedOn = new DateInput();

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public PartnerSector getSector() {
        return sector;
    }

    public void setSector(PartnerSector sector) {
        this.sector = sector;
    }

    public String getResponsibilities() {
        return responsibilities;
    }

    public void setResponsibilities(String responsibilities) {
        this.responsibilities = responsibilities;
    }

    public String getTraining() {
        return training;
    }

    public void setTraining(String training) {
        this.training = training;
    }

    public DateInput getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(DateInput trainedOn) {
        this.trainedOn = trainedOn;
    }
}
