package org.throughcare.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The create and change form for a custody suite. */
class CustodySuiteForm {

    @NotNull(message = "Select a police force area")
    private Long forceId;

    @NotBlank(message = "Enter the name of the custody suite")
    @Size(max = 120, message = "Name must be 120 characters or fewer")
    private String name;

    private long version;

    static CustodySuiteForm of(CustodySuite suite) {
        CustodySuiteForm form = new CustodySuiteForm();
        form.forceId = suite.getForceId();
        form.name = suite.getName();
        form.version = suite.getVersion();
        return form;
    }

    ReferenceDataService.SuiteDetails toDetails() {
        return new ReferenceDataService.SuiteDetails(forceId, name, version);
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
