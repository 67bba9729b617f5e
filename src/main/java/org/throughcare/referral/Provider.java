package org.throughcare.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

/** An organisation people are referred to, and how to reach it. Retired rather than deleted. */
@Entity
@Table(name = "provider")
class Provider extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceKind service;

    private String phone;

    private String email;

    private String address;

    @Column(name = "team_id")
    private Long teamId;

    @Column(nullable = false)
    private boolean active = true;

    protected Provider() {}

    Provider(ProviderDetails details) {
        change(details);
    }

    void change(ProviderDetails d) {
        this.name = d.name();
        this.service = d.service();
        this.phone = d.phone();
        this.email = d.email();
        this.address = d.address();
        this.teamId = d.teamId();
        this.active = d.active();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ServiceKind getService() {
        return service;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    /** The Throughcare team that works referrals to this provider, or null. */
    public Long getTeamId() {
        return teamId;
    }

    public boolean isActive() {
        return active;
    }
}
