package org.throughcare.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.throughcare.audit.Audited;
import org.throughcare.audit.AuditedEntity;

import java.time.Instant;

/**
 * Someone who signs in. Disabling is stored as a time and who did it rather than a flag, so the account's
 * history can be reported. Failed sign-ins are counted per client address by {@link SignInThrottle}.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Audited(masked = true)
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_by")
    private String disabledBy;

    protected UserAccount() {}

    UserAccount(String username, String displayName, String passwordHash, Role role, Team team) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.team = team;
    }

    void change(String displayName, Role role, Team team) {
        this.displayName = displayName;
        this.role = role;
        this.team = team;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void disable(Instant at, String by) {
        this.disabledAt = at;
        this.disabledBy = by;
    }

    void enable() {
        this.disabledAt = null;
        this.disabledBy = null;
    }

    public boolean isActive() {
        return disabledAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Team getTeam() {
        return team;
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public String getDisabledBy() {
        return disabledBy;
    }
}
