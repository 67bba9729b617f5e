package org.throughcare.referral;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The create and change form for a provider. */
class ProviderForm {

    @NotBlank(message = "Enter the name of the provider")
    @Size(max = 160, message = "Name must be 160 characters or fewer")
    private String name;

    @NotNull(message = "Select the service the provider offers")
    private ServiceKind service;

    @Size(max = 30, message = "Phone number must be 30 characters or fewer")
    @Pattern(regexp = "\\s*(\\+?[0-9][0-9 ()-]{5,})?\\s*", message = "Enter a phone number, like 01632 960001")
    private String phone;

    @Size(max = 200, message = "Email address must be 200 characters or fewer")
    @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "Enter an email address in the correct format, like name@example.org")
    private String email;

    @Size(max = 300, message = "Address must be 300 characters or fewer")
    private String address;

    private Long teamId;

    @NotNull(message = "Select whether the provider is active or retired")
    private Boolean active = Boolean.TRUE;

    private long version;

    static ProviderForm of(Provider p) {
        ProviderForm form = new ProviderForm();
        form.name = p.getName();
        form.service = p.getService();
        form.phone = p.getPhone();
        form.email = p.getEmail();
        form.address = p.getAddress();
        form.teamId = p.getTeamId();
        form.active = p.isActive();
        form.version = p.getVersion();
        return form;
    }

    ProviderDetails toDetails() {
        return new ProviderDetails(
                name, service, phone, email == null ? null : email.trim(), address, teamId, active, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceKind getService() {
        return service;
    }

    public void setService(ServiceKind service) {
        this.service = service;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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
