package org.throughcare.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The create and change form for an offence. */
class OffenceForm {

    @NotBlank(message = "Enter the name of the offence")
    @Size(max = 160, message = "Name must be 160 characters or fewer")
    private String name;

    @Pattern(
            regexp = "\\s*([0-9]{1,3}[A-Za-z]{0,2}(/[0-9]{1,3})?)?\\s*",
            message = "Enter a Home Office code like 46, 34B or 8/20, or leave it empty")
    private String homeOfficeCode;

    @NotNull(message = "Select yes if this is a trigger offence")
    private Boolean trigger;

    @NotNull(message = "Select whether the offence is active or retired")
    private Boolean active = Boolean.TRUE;

    private long version;

    static OffenceForm of(Offence offence) {
        OffenceForm form = new OffenceForm();
        form.name = offence.getName();
        form.homeOfficeCode = offence.getHomeOfficeCode();
        form.trigger = offence.isTrigger();
        form.active = offence.isActive();
        form.version = offence.getVersion();
        return form;
    }

    ReferenceDataService.OffenceDetails toDetails() {
        return new ReferenceDataService.OffenceDetails(name, homeOfficeCode, trigger, active, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHomeOfficeCode() {
        return homeOfficeCode;
    }

    public void setHomeOfficeCode(String homeOfficeCode) {
        this.homeOfficeCode = homeOfficeCode;
    }

    public Boolean getTrigger() {
        return trigger;
    }

    public void setTrigger(Boolean trigger) {
        this.trigger = trigger;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
