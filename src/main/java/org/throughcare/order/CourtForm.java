package org.throughcare.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A court's name, and whether it is still offered on the order form. */
class CourtForm {

    @NotBlank(message = "Enter the name of the court")
    @Size(max = 160, message = "Name must be 160 characters or fewer")
    private String name;

    @NotNull(message = "Select whether the court is active")
    private Boolean active = true;

    private long version;

    static CourtForm of(Court court) {
        CourtForm form = new CourtForm();
        form.name = court.getName();
        form.active = court.isActive();
        form.version = court.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
