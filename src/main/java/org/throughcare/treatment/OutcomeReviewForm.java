package org.throughcare.treatment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/**
 * Records an outcome review: its kind, day and who conducted it, and every item about the 28 days before it. The
 * ranges here are the form's first check; {@link OutcomeReviewRules} checks them again with the order of the
 * reviews, and the database with its CHECK constraints.
 */
class OutcomeReviewForm {

    @NotNull(message = "Select the kind of review")
    private OutcomeReviewKind kind;

    @ValidDate(name = "the date of the review", required = true)
    private DateInput reviewedOn = new DateInput();

    @NotBlank(message = "Enter who conducted the review")
    @Size(max = 120, message = "Who conducted the review must be 120 characters or fewer")
    private String conductedBy;

    @NotNull(message = "Enter the number of days using alcohol, from 0 to 28")
    @Min(value = 0, message = "The number of days using alcohol must be from 0 to 28")
    @Max(value = 28, message = "The number of days using alcohol must be from 0 to 28")
    private Integer alcoholDays;

    @NotNull(message = "Enter the number of days using opiates, from 0 to 28")
    @Min(value = 0, message = "The number of days using opiates must be from 0 to 28")
    @Max(value = 28, message = "The number of days using opiates must be from 0 to 28")
    private Integer opiateDays;

    @NotNull(message = "Enter the number of days using crack, from 0 to 28")
    @Min(value = 0, message = "The number of days using crack must be from 0 to 28")
    @Max(value = 28, message = "The number of days using crack must be from 0 to 28")
    private Integer crackDays;

    @NotNull(message = "Enter the number of days using cocaine, from 0 to 28")
    @Min(value = 0, message = "The number of days using cocaine must be from 0 to 28")
    @Max(value = 28, message = "The number of days using cocaine must be from 0 to 28")
    private Integer cocaineDays;

    @NotNull(message = "Enter the number of days using amphetamines, from 0 to 28")
    @Min(value = 0, message = "The number of days using amphetamines must be from 0 to 28")
    @Max(value = 28, message = "The number of days using amphetamines must be from 0 to 28")
    private Integer amphetamineDays;

    @NotNull(message = "Enter the number of days using cannabis, from 0 to 28")
    @Min(value = 0, message = "The number of days using cannabis must be from 0 to 28")
    @Max(value = 28, message = "The number of days using cannabis must be from 0 to 28")
    private Integer cannabisDays;

    @NotNull(message = "Enter the number of days using other drugs, from 0 to 28")
    @Min(value = 0, message = "The number of days using other drugs must be from 0 to 28")
    @Max(value = 28, message = "The number of days using other drugs must be from 0 to 28")
    private Integer otherDrugDays;

    @NotNull(message = "Enter the number of days using tobacco, from 0 to 28")
    @Min(value = 0, message = "The number of days using tobacco must be from 0 to 28")
    @Max(value = 28, message = "The number of days using tobacco must be from 0 to 28")
    private Integer tobaccoDays;

    @NotNull(message = "Enter the number of days injecting, from 0 to 28")
    @Min(value = 0, message = "The number of days injecting must be from 0 to 28")
    @Max(value = 28, message = "The number of days injecting must be from 0 to 28")
    private Integer injectingDays;

    @NotNull(message = "Select whether injecting equipment was shared")
    private Boolean sharedEquipment;

    @NotNull(message = "Enter the number of days shoplifting, from 0 to 28")
    @Min(value = 0, message = "The number of days shoplifting must be from 0 to 28")
    @Max(value = 28, message = "The number of days shoplifting must be from 0 to 28")
    private Integer shopliftingDays;

    @NotNull(message = "Enter the number of days selling drugs, from 0 to 28")
    @Min(value = 0, message = "The number of days selling drugs must be from 0 to 28")
    @Max(value = 28, message = "The number of days selling drugs must be from 0 to 28")
    private Integer sellingDrugsDays;

    @NotNull(message = "Enter the number of days of vehicle theft, from 0 to 28")
    @Min(value = 0, message = "The number of days of vehicle theft must be from 0 to 28")
    @Max(value = 28, message = "The number of days of vehicle theft must be from 0 to 28")
    private Integer vehicleTheftDays;

    @NotNull(message = "Enter the number of days of other theft or burglary, from 0 to 28")
    @Min(value = 0, message = "The number of days of other theft or burglary must be from 0 to 28")
    @Max(value = 28, message = "The number of days of other theft or burglary must be from 0 to 28")
    private Integer theftBurglaryDays;

    @NotNull(message = "Enter the number of days of assault or violence, from 0 to 28")
    @Min(value = 0, message = "The number of days of assault or violence must be from 0 to 28")
    @Max(value = 28, message = "The number of days of assault or violence must be from 0 to 28")
    private Integer violenceDays;

    @NotNull(message = "Enter the psychological health score, from 0 to 20")
    @Min(value = 0, message = "The psychological health score must be from 0 to 20")
    @Max(value = 20, message = "The psychological health score must be from 0 to 20")
    private Integer psychologicalHealth;

    @NotNull(message = "Enter the physical health score, from 0 to 20")
    @Min(value = 0, message = "The physical health score must be from 0 to 20")
    @Max(value = 20, message = "The physical health score must be from 0 to 20")
    private Integer physicalHealth;

    @NotNull(message = "Enter the quality of life score, from 0 to 20")
    @Min(value = 0, message = "The quality of life score must be from 0 to 20")
    @Max(value = 20, message = "The quality of life score must be from 0 to 20")
    private Integer qualityOfLife;

    @NotNull(message = "Enter the number of days in paid work, from 0 to 28")
    @Min(value = 0, message = "The number of days in paid work must be from 0 to 28")
    @Max(value = 28, message = "The number of days in paid work must be from 0 to 28")
    private Integer paidWorkDays;

    @NotNull(message = "Enter the number of days in education, from 0 to 28")
    @Min(value = 0, message = "The number of days in education must be from 0 to 28")
    @Max(value = 28, message = "The number of days in education must be from 0 to 28")
    private Integer educationDays;

    @NotNull(message = "Select whether the person had an acute housing problem")
    private Boolean acuteHousingProblem;

    @NotNull(message = "Select whether the person was at risk of eviction")
    private Boolean evictionRisk;

    OutcomeReviewDetails toDetails() {
        return new OutcomeReviewDetails(
                kind,
                reviewedOn.toLocalDate(),
                conductedBy,
                new OutcomeItems(
                        alcoholDays,
                        opiateDays,
                        crackDays,
                        cocaineDays,
                        amphetamineDays,
                        cannabisDays,
                        otherDrugDays,
                        tobaccoDays,
                        injectingDays,
                        sharedEquipment,
                        shopliftingDays,
                        sellingDrugsDays,
                        vehicleTheftDays,
                        theftBurglaryDays,
                        violenceDays,
                        psychologicalHealth,
                        physicalHealth,
                        qualityOfLife,
                        paidWorkDays,
                        educationDays,
                        acuteHousingProblem,
                        evictionRisk));
    }

    public OutcomeReviewKind getKind() {
        return kind;
    }

    public void setKind(OutcomeReviewKind kind) {
        this.kind = kind;
    }

    public DateInput getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(DateInput reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getConductedBy() {
        return conductedBy;
    }

    public void setConductedBy(String conductedBy) {
        this.conductedBy = conductedBy;
    }

    public Integer getAlcoholDays() {
        return alcoholDays;
    }

    public void setAlcoholDays(Integer alcoholDays) {
        this.alcoholDays = alcoholDays;
    }

    public Integer getOpiateDays() {
        return opiateDays;
    }

    public void setOpiateDays(Integer opiateDays) {
        this.opiateDays = opiateDays;
    }

    public Integer getCrackDays() {
        return crackDays;
    }

    public void setCrackDays(Integer crackDays) {
        this.crackDays = crackDays;
    }

    public Integer getCocaineDays() {
        return cocaineDays;
    }

    public void setCocaineDays(Integer cocaineDays) {
        this.cocaineDays = cocaineDays;
    }

    public Integer getAmphetamineDays() {
        return amphetamineDays;
    }

    public void setAmphetamineDays(Integer amphetamineDays) {
        this.amphetamineDays = amphetamineDays;
    }

    public Integer getCannabisDays() {
        return cannabisDays;
    }

    public void setCannabisDays(Integer cannabisDays) {
        this.cannabisDays = cannabisDays;
    }

    public Integer getOtherDrugDays() {
        return otherDrugDays;
    }

    public void setOtherDrugDays(Integer otherDrugDays) {
        this.otherDrugDays = otherDrugDays;
    }

    public Integer getTobaccoDays() {
        return tobaccoDays;
    }

    public void setTobaccoDays(Integer tobaccoDays) {
        this.tobaccoDays = tobaccoDays;
    }

    public Integer getInjectingDays() {
        return injectingDays;
    }

    public void setInjectingDays(Integer injectingDays) {
        this.injectingDays = injectingDays;
    }

    public Boolean getSharedEquipment() {
        return sharedEquipment;
    }

    public void setSharedEquipment(Boolean sharedEquipment) {
        this.sharedEquipment = sharedEquipment;
    }

    public Integer getShopliftingDays() {
        return shopliftingDays;
    }

    public void setShopliftingDays(Integer shopliftingDays) {
        this.shopliftingDays = shopliftingDays;
    }

    public Integer getSellingDrugsDays() {
        return sellingDrugsDays;
    }

    public void setSellingDrugsDays(Integer sellingDrugsDays) {
        this.sellingDrugsDays = sellingDrugsDays;
    }

    public Integer getVehicleTheftDays() {
        return vehicleTheftDays;
    }

    public void setVehicleTheftDays(Integer vehicleTheftDays) {
        this.vehicleTheftDays = vehicleTheftDays;
    }

    public Integer getTheftBurglaryDays() {
        return theftBurglaryDays;
    }

    public void setTheftBurglaryDays(Integer theftBurglaryDays) {
        this.theftBurglaryDays = theftBurglaryDays;
    }

    public Integer getViolenceDays() {
        return violenceDays;
    }

    public void setViolenceDays(Integer violenceDays) {
        this.violenceDays = violenceDays;
    }

    public Integer getPsychologicalHealth() {
        return psychologicalHealth;
    }

    public void setPsychologicalHealth(Integer psychologicalHealth) {
        this.psychologicalHealth = psychologicalHealth;
    }

    public Integer getPhysicalHealth() {
        return physicalHealth;
    }

    public void setPhysicalHealth(Integer physicalHealth) {
        this.physicalHealth = physicalHealth;
    }

    public Integer getQualityOfLife() {
        return qualityOfLife;
    }

    public void setQualityOfLife(Integer qualityOfLife) {
        this.qualityOfLife = qualityOfLife;
    }

    public Integer getPaidWorkDays() {
        return paidWorkDays;
    }

    public void setPaidWorkDays(Integer paidWorkDays) {
        this.paidWorkDays = paidWorkDays;
    }

    public Integer getEducationDays() {
        return educationDays;
    }

    public void setEducationDays(Integer educationDays) {
        this.educationDays = educationDays;
    }

    public Boolean getAcuteHousingProblem() {
        return acuteHousingProblem;
    }

    public void setAcuteHousingProblem(Boolean acuteHousingProblem) {
        this.acuteHousingProblem = acuteHousingProblem;
    }

    public Boolean getEvictionRisk() {
        return evictionRisk;
    }

    public void setEvictionRisk(Boolean evictionRisk) {
        this.evictionRisk = evictionRisk;
    }
}
