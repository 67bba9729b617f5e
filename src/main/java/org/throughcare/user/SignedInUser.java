package org.throughcare.user;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/**
 * The signed-in user as the rest of the application sees them: role for access rules, team and area
 * for the team scope that every read of a person's data is checked against.
 */
public record SignedInUser(
        Long id,
        String username,
        String displayName,
        Role role,
        Long teamId,
        String teamName,
        Long areaId,
        String areaName,
        String passwordHash,
        boolean active)
        implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static SignedInUser of(UserAccount account) {
        Team team = account.getTeam();
        return new SignedInUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                team.getId(),
                team.getName(),
                team.getArea().getId(),
                team.getArea().getName(),
                account.getPasswordHash(),
                account.isActive() && team.isActive());
    }

    /**
     * The same user without their password hash: the hash is needed only to check the password at sign-in, and the
     * signed-in user is kept in the session table with every request's security context.
     */
    SignedInUser withoutPasswordHash() {
        return new SignedInUser(id, username, displayName, role, teamId, teamName, areaId, areaName, null, active);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** Keeps the hash out of logs and session dumps. */
    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + ", team " + teamId + "]";
    }
}
