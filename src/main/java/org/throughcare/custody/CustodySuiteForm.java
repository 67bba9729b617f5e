package org.throughcare.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** The create and change form for a custody suite. */
class CustodySuiteForm {

    @NotNull(message = "Select a police force area")
    private Long forceId;

    @NotBlank(message = "Enter the name of the custody suite")
    @Size(max = 120, message = "Name must be 120 characters or fewer")
    private String name;

    @ValidDate(name = "the date testing went live")
    private DateInput testingLiveFrom = new DateInput();

    @ValidDate(name = "the date testing ended")
    private DateInput testingEndedOn = new DateInput();

    private long version;

    static CustodySuiteForm of(CustodySuite suite) {
        CustodySuiteForm form = new CustodySuiteForm();
        form.forceId = suite.getForceId();
        form.name = suite.getName();
        form.testingLiveFrom = DateInput.of(suite.getTestingLiveFrom());
        form.testingEndedOn = DateInput.of(suite.getTestingEndedOn());
        form.version = suite.getVersion();
        return form;
    }

    ReferenceDataService.SuiteDetails toDetails() {
        return new ReferenceDataService.SuiteDetails(
                forceId, name, testingLiveFrom.toLocalDate(), testingEndedOn.toLocalDate(), version);
    }

    public Long getForceId() {
        return forceId;
    }

    public void setForceId(Long forceId) {
        this.forceId = forceId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DateInput getTestingLiveFrom() {
        return testingLiveFrom;
    }

    public void setTestingLiveFrom(DateInput testingLiveFrom) {
        this.testingLiveFrom = testingLiveFrom;
    }

    public DateInput getTestingEndedOn() {
        return testingEndedOn;
    }

    public void setTestingEndedOn(DateInput testingEndedOn) {
        this.testingEndedOn = testingEndedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
