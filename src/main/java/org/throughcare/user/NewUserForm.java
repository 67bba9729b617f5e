package org.throughcare.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class NewUserForm {

    @NotBlank(message = "Enter a username")
    @Size(max = 50, message = "Username must be 50 characters or fewer")
    private String username;

    @NotBlank(message = "Enter the user's full name")
    @Size(max = 120, message = "Full name must be 120 characters or fewer")
    private String displayName;

    @NotNull(message = "Select a role")
    private Role role;

    @NotNull(message = "Select a team")
    private Long teamId;

    @NotBlank(message = "Enter a password")
    private String password;

    NewUser toNewUser() {
        return new NewUser(username, displayName, role, teamId, password);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
