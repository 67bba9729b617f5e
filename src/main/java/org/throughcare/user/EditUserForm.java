package org.throughcare.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class EditUserForm {

    @NotBlank(message = "Enter the user's full name")
    @Size(max = 120, message = "Full name must be 120 characters or fewer")
    private String displayName;

    @NotNull(message = "Select a role")
    private Role role;

    @NotNull(message = "Select a team")
    private Long teamId;

    private long version;

    static EditUserForm of(UserAccount account) {
        EditUserForm form = new EditUserForm();
        form.displayName = account.getDisplayName();
        form.role = account.getRole();
        form.teamId = account.getTeam().getId();
        form.version = account.getVersion();
        return form;
    }

    UserChanges toChanges() {
        return new UserChanges(displayName, role, teamId, version);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
