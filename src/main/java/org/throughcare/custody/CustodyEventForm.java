package org.throughcare.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;
import org.throughcare.web.ValidTime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The "record a custody event" form, as typed. Rules beyond the format of each field are the service's. */
class CustodyEventForm {

    /** Field order on the page, for the error summary; results go where {@code results} is. */
    static final String FIELD_ORDER =
            "suiteId,custodyRecordNumber,arrestDate,arrestTime,offenceIds,testStage,chargeDate,chargeTime,"
                    + "inspectorName,inspectorRank,authorisationGrounds,appropriateAdultPresent,refusalWarningGiven,outcome,"
                    + "sampleDate,sampleTime,sampleType,sampleReference,sampleTakenBy,releaseDate,releaseTime";

    @NotNull(message = "Select the custody suite")
    private Long suiteId;

    @Valid
    @ValidDate(name = "the date of arrest", required = true, notInFuture = true)
    private DateInput arrestDate = new DateInput();

    @ValidTime(name = "the time of arrest", required = true)
    private String arrestTime;

    @NotEmpty(message = "Select at least one offence")
    private List<Long> offenceIds = new ArrayList<>();

    @NotNull(message = "Select whether the test was on arrest or on charge")
    private TestStage testStage;

    @Size(max = 100, message = "Inspector's name must be 100 characters or fewer")
    private String inspectorName;

    @Size(max = 60, message = "Rank must be 60 characters or fewer")
    private String inspectorRank;

    @Size(max = 1000, message = "Grounds must be 1000 characters or fewer")
    private String authorisationGrounds;

    @NotNull(message = "Select the outcome of the test")
    private TestOutcome outcome;

    private Boolean refusalWarningGiven;

    @Valid
    @ValidDate(name = "the date the sample was taken", notInFuture = true)
    private DateInput sampleDate = new DateInput();

    @ValidTime(name = "the time the sample was taken")
    private String sampleTime;

    private SampleType sampleType;

    @Valid
    @ValidDate(name = "the date of charge", notInFuture = true)
    private DateInput chargeDate = new DateInput();

    @ValidTime(name = "the time of charge")
    private String chargeTime;

    @Valid
    @ValidDate(name = "the date of release", notInFuture = true)
    private DateInput releaseDate = new DateInput();

    @ValidTime(name = "the time of release")
    private String releaseTime;

    private Boolean appropriateAdultPresent;

    @Size(max = 30, message = "Custody record number must be 30 characters or fewer")
    private String custodyRecordNumber;

    @Size(max = 40, message = "Seal or reference number must be 40 characters or fewer")
    private String sampleReference;

    @Size(max = 100, message = "Who took the sample must be 100 characters or fewer")
    private String sampleTakenBy;

    /** Result per tested substance code, e.g. results[OPIATES]=POSITIVE. */
    private Map<String, TestResult> results = new LinkedHashMap<>();

    /** A date needs its time and a time its date; format errors are already reported by the annotations. */
    void checkSampleDateAndTime(BindingResult result) {
        checkDateAndTime(result, sampleDate, sampleTime, "sample", "the sample was taken");
        checkDateAndTime(result, chargeDate, chargeTime, "charge", "of charge");
        checkDateAndTime(result, releaseDate, releaseTime, "release", "of release");
    }

    /** One date-and-time pair of a form: the date needs its time and the time its date. */
    static void checkDateAndTime(BindingResult result, DateInput date, String time, String prefix, String what) {
        boolean hasDate = date != null && !date.isEmpty();
        boolean hasTime = time != null && !time.isBlank();
        if (hasDate && !hasTime && !result.hasFieldErrors(prefix + "Time")) {
            result.rejectValue(prefix + "Time", "required", "Enter the time " + what);
        }
        if (hasTime && !hasDate && !result.hasFieldErrors(prefix + "Date")) {
            result.rejectValue(prefix + "Date", "required", "Enter the date " + what);
        }
    }

    CustodyEventCommand toCommand(Long personId) {
        Map<String, TestResult> chosen = new LinkedHashMap<>();
        results.forEach((code, value) -> {
            if (value != null) {
                chosen.put(code, value);
            }
        });
        return new CustodyEventCommand(
                personId,
                suiteId,
                arrestDate.at(arrestTime),
                testStage,
                new LinkedHashSet<>(offenceIds),
                inspectorName,
                inspectorRank,
                authorisationGrounds,
                sampleDate.at(sampleTime),
                sampleType,
                outcome,
                chosen,
                refusalWarningGiven,
                chargeDate.at(chargeTime),
                releaseDate.at(releaseTime),
                appropriateAdultPresent,
                custodyRecordNumber,
                sampleReference,
                sampleTakenBy);
    }

    public DateInput getChargeDate() {
        return chargeDate;
    }

    public void setChargeDate(DateInput chargeDate) {
        this.chargeDate = chargeDate;
    }

    public String getChargeTime() {
        return chargeTime;
    }

    public void setChargeTime(String chargeTime) {
        this.chargeTime = chargeTime;
    }

    public DateInput getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(DateInput releaseDate) {
        this.releaseDate = releaseDate;
    }

    public String getReleaseTime() {
        return releaseTime;
    }

    public void setReleaseTime(String releaseTime) {
        this.releaseTime = releaseTime;
    }

    public String getCustodyRecordNumber() {
        return custodyRecordNumber;
    }

    public void setCustodyRecordNumber(String custodyRecordNumber) {
        this.custodyRecordNumber = custodyRecordNumber;
    }

    public String getSampleReference() {
        return sampleReference;
    }

    public void setSampleReference(String sampleReference) {
        this.sampleReference = sampleReference;
    }

    public String getSampleTakenBy() {
        return sampleTakenBy;
    }

    public void setSampleTakenBy(String sampleTakenBy) {
        this.sampleTakenBy = sampleTakenBy;
    }

    public Boolean getAppropriateAdultPresent() {
        return appropriateAdultPresent;
    }

    public void setAppropriateAdultPresent(Boolean appropriateAdultPresent) {
        this.appropriateAdultPresent = appropriateAdultPresent;
    }

    public Long getSuiteId() {
        return suiteId;
    }

    public void setSuiteId(Long suiteId) {
        this.suiteId = suiteId;
    }

    public DateInput getArrestDate() {
        return arrestDate;
    }

    public void setArrestDate(DateInput arrestDate) {
        this.arrestDate = arrestDate;
    }

    public String getArrestTime() {
        return arrestTime;
    }

    public void setArrestTime(String arrestTime) {
        this.arrestTime = arrestTime;
    }

    public List<Long> getOffenceIds() {
        return offenceIds;
    }

    public void setOffenceIds(List<Long> offenceIds) {
        this.offenceIds = offenceIds == null ? new ArrayList<>() : offenceIds;
    }

    public TestStage getTestStage() {
        return testStage;
    }

    public void setTestStage(TestStage testStage) {
        this.testStage = testStage;
    }

    public String getInspectorName() {
        return inspectorName;
    }

    public void setInspectorName(String inspectorName) {
        this.inspectorName = inspectorName;
    }

    public String getInspectorRank() {
        return inspectorRank;
    }

    public void setInspectorRank(String inspectorRank) {
        this.inspectorRank = inspectorRank;
    }

    public String getAuthorisationGrounds() {
        return authorisationGrounds;
    }

    public void setAuthorisationGrounds(String authorisationGrounds) {
        this.authorisationGrounds = authorisationGrounds;
    }

    public TestOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(TestOutcome outcome) {
        this.outcome = outcome;
    }

    public Boolean getRefusalWarningGiven() {
        return refusalWarningGiven;
    }

    public void setRefusalWarningGiven(Boolean refusalWarningGiven) {
        this.refusalWarningGiven = refusalWarningGiven;
    }

    public DateInput getSampleDate() {
        return sampleDate;
    }

    public void setSampleDate(DateInput sampleDate) {
        this.sampleDate = sampleDate;
    }

    public String getSampleTime() {
        return sampleTime;
    }

    public void setSampleTime(String sampleTime) {
        this.sampleTime = sampleTime;
    }

    public SampleType getSampleType() {
        return sampleType;
    }

    public void setSampleType(SampleType sampleType) {
        this.sampleType = sampleType;
    }

    public Map<String, TestResult> getResults() {
        return results;
    }

    public void setResults(Map<String, TestResult> results) {
        this.results = results == null ? new LinkedHashMap<>() : results;
    }
}
