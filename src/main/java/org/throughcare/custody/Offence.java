package org.throughcare.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.Audited;
import org.throughcare.audit.AuditedEntity;

/** An offence someone may be arrested for; a trigger offence allows a test on arrest. */
@Entity
@Table(name = "offence")
class Offence extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "is_trigger", nullable = false)
    private boolean trigger;

    @Column(nullable = false)
    private boolean active = true;

    @Audited(label = "Home Office code")
    @Column(name = "home_office_code")
    private String homeOfficeCode;

    protected Offence() {}

    Offence(String name, boolean trigger) {
        this.name = name;
        this.trigger = trigger;
    }

    void change(String name, String homeOfficeCode, boolean trigger, boolean active) {
        this.name = name;
        this.homeOfficeCode = homeOfficeCode;
        this.trigger = trigger;
        this.active = active;
    }

    public String getHomeOfficeCode() {
        return homeOfficeCode;
    }

    /** As the forms list it: the name, with the Home Office code when there is one. */
    public String label() {
        return homeOfficeCode == null ? name : name + " (HO " + homeOfficeCode + ")";
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isTrigger() {
        return trigger;
    }

    public boolean isActive() {
        return active;
    }
}
