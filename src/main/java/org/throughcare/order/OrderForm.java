package org.throughcare.order;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A new order as the court made it: the sentence and its dates, offences, the responsible officer, and each
 * requirement with what it needs. Field names for a requirement's parts start with its prefix (see
 * {@link OrderRules#fieldPrefix}), so the service's refusals land next to the right field.
 */
class OrderForm {

    @NotNull(message = "Select the type of order")
    private OrderType type;

    @NotNull(message = "Select the court that made the order")
    private Long courtId;

    @ValidDate(name = "the date of sentence", required = true)
    private DateInput sentencedOn = new DateInput();

    @ValidDate(name = "the date the order starts", required = true)
    private DateInput startsOn = new DateInput();

    @ValidDate(name = "the date the order ends", required = true)
    private DateInput endsOn = new DateInput();

    @NotEmpty(message = "Select at least one offence")
    private List<Long> offenceIds = new ArrayList<>();

    private Long responsibleOfficerId;

    @NotEmpty(message = "Select at least one requirement")
    private List<RequirementKind> requirements = new ArrayList<>();

    @ValidDate(name = "the date the person expressed willingness to comply with the DRR")
    private DateInput drrWillingnessOn = new DateInput();

    private Long drrProviderId;

    @Size(max = 200, message = "Place of treatment must be 200 characters or fewer")
    private String drrPlace;

    private Residence drrResidence;

    private Integer drrPeriodMonths;

    private Integer drrTestsPerMonth;

    private Boolean drrCourtReviews;

    @ValidDate(name = "the date the person expressed willingness to comply with the ATR")
    private DateInput atrWillingnessOn = new DateInput();

    @Size(max = 500, message = "ATR details must be 500 characters or fewer")
    private String atrDetails;

    @ValidDate(name = "the date the person expressed willingness to comply with the MHTR")
    private DateInput mhtrWillingnessOn = new DateInput();

    @Size(max = 500, message = "MHTR details must be 500 characters or fewer")
    private String mhtrDetails;

    @Size(max = 500, message = "Drug testing details must be 500 characters or fewer")
    private String drugTestingDetails;

    @Size(max = 500, message = "Unpaid work details must be 500 characters or fewer")
    private String unpaidWorkDetails;

    @Size(max = 500, message = "Curfew details must be 500 characters or fewer")
    private String curfewDetails;

    @Size(max = 500, message = "Rehabilitation activity details must be 500 characters or fewer")
    private String rarDetails;

    OrderDetails toDetails() {
        List<RequirementDetails> chosen = new ArrayList<>();
        for (RequirementKind kind : requirements) {
            chosen.add(
                    switch (kind) {
                        case DRR ->
                            new RequirementDetails(
                                    kind,
                                    drrWillingnessOn.toLocalDate(),
                                    drrProviderId,
                                    trimmed(drrPlace),
                                    drrResidence,
                                    drrPeriodMonths,
                                    drrTestsPerMonth,
                                    Boolean.TRUE.equals(drrCourtReviews),
                                    null);
                        case ATR -> simple(kind, atrWillingnessOn, atrDetails);
                        case MHTR -> simple(kind, mhtrWillingnessOn, mhtrDetails);
                        case DRUG_TESTING -> simple(kind, null, drugTestingDetails);
                        case UNPAID_WORK -> simple(kind, null, unpaidWorkDetails);
                        case CURFEW -> simple(kind, null, curfewDetails);
                        case REHABILITATION_ACTIVITY -> simple(kind, null, rarDetails);
                    });
        }
        return new OrderDetails(
                type,
                courtId,
                sentencedOn.toLocalDate(),
                startsOn.toLocalDate(),
                endsOn.toLocalDate(),
                new HashSet<>(offenceIds),
                responsibleOfficerId,
                chosen);
    }

    private static RequirementDetails simple(RequirementKind kind, DateInput willingness, String details) {
        return new RequirementDetails(
                kind,
                willingness == null ? null : willingness.toLocalDate(),
                null,
                null,
                null,
                null,
                null,
                false,
                trimmed(details));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public OrderType getType() {
        return type;
    }

    public void setType(OrderType type) {
        this.type = type;
    }

    public Long getCourtId() {
        return courtId;
    }

    public void setCourtId(Long courtId) {
        this.courtId = courtId;
    }

    public DateInput getSentencedOn() {
        return sentencedOn;
    }

    public void setSentencedOn(DateInput sentencedOn) {
        this.sentencedOn = sentencedOn;
    }

    public DateInput getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(DateInput startsOn) {
        this.startsOn = startsOn;
    }

    public DateInput getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(DateInput endsOn) {
        this.endsOn = endsOn;
    }

    public List<Long> getOffenceIds() {
        return offenceIds;
    }

    public void setOffenceIds(List<Long> offenceIds) {
        this.offenceIds = offenceIds;
    }

    public Long getResponsibleOfficerId() {
        return responsibleOfficerId;
    }

    public void setResponsibleOfficerId(Long responsibleOfficerId) {
        this.responsibleOfficerId = responsibleOfficerId;
    }

    public List<RequirementKind> getRequirements() {
        return requirements;
    }

    public void setRequirements(List<RequirementKind> requirements) {
        this.requirements = requirements;
    }

    public DateInput getDrrWillingnessOn() {
        return drrWillingnessOn;
    }

    public void setDrrWillingnessOn(DateInput drrWillingnessOn) {
        this.drrWillingnessOn = drrWillingnessOn;
    }

    public Long getDrrProviderId() {
        return drrProviderId;
    }

    public void setDrrProviderId(Long drrProviderId) {
        this.drrProviderId = drrProviderId;
    }

    public String getDrrPlace() {
        return drrPlace;
    }

    public void setDrrPlace(String drrPlace) {
        this.drrPlace = drrPlace;
    }

    public Residence getDrrResidence() {
        return drrResidence;
    }

    public void setDrrResidence(Residence drrResidence) {
        this.drrResidence = drrResidence;
    }

    public Integer getDrrPeriodMonths() {
        return drrPeriodMonths;
    }

    public void setDrrPeriodMonths(Integer drrPeriodMonths) {
        this.drrPeriodMonths = drrPeriodMonths;
    }

    public Integer getDrrTestsPerMonth() {
        return drrTestsPerMonth;
    }

    public void setDrrTestsPerMonth(Integer drrTestsPerMonth) {
        this.drrTestsPerMonth = drrTestsPerMonth;
    }

    public Boolean getDrrCourtReviews() {
        return drrCourtReviews;
    }

    public void setDrrCourtReviews(Boolean drrCourtReviews) {
        this.drrCourtReviews = drrCourtReviews;
    }

    public DateInput getAtrWillingnessOn() {
        return atrWillingnessOn;
    }

    public void setAtrWillingnessOn(DateInput atrWillingnessOn) {
        this.atrWillingnessOn = atrWillingnessOn;
    }

    public String getAtrDetails() {
        return atrDetails;
    }

    public void setAtrDetails(String atrDetails) {
        this.atrDetails = atrDetails;
    }

    public DateInput getMhtrWillingnessOn() {
        return mhtrWillingnessOn;
    }

    public void setMhtrWillingnessOn(DateInput mhtrWillingnessOn) {
        this.mhtrWillingnessOn = mhtrWillingnessOn;
    }

    public String getMhtrDetails() {
        return mhtrDetails;
    }

    public void setMhtrDetails(String mhtrDetails) {
        this.mhtrDetails = mhtrDetails;
    }

    public String getDrugTestingDetails() {
        return drugTestingDetails;
    }

    public void setDrugTestingDetails(String drugTestingDetails) {
        this.drugTestingDetails = drugTestingDetails;
    }

    public String getUnpaidWorkDetails() {
        return unpaidWorkDetails;
    }

    public void setUnpaidWorkDetails(String unpaidWorkDetails) {
        this.unpaidWorkDetails = unpaidWorkDetails;
    }

    public String getCurfewDetails() {
        return curfewDetails;
    }

    public void setCurfewDetails(String curfewDetails) {
        this.curfewDetails = curfewDetails;
    }

    public String getRarDetails() {
        return rarDetails;
    }

    public void setRarDetails(String rarDetails) {
        this.rarDetails = rarDetails;
    }
}
