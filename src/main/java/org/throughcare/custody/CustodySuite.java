package org.throughcare.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.Audited;
import org.throughcare.audit.AuditedEntity;

/**
 * A police custody suite. What is in force there, and when, is in its notification conditions
 * ({@link TestingNotification}).
 */
@Entity
@Table(name = "custody_suite")
class CustodySuite extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Audited(label = "Police force area (id)")
    @Column(name = "force_id", nullable = false)
    private Long forceId;

    @Column(nullable = false)
    private String name;

    protected CustodySuite() {}

    CustodySuite(Long forceId, String name) {
        change(forceId, name);
    }

    void change(Long forceId, String name) {
        this.forceId = forceId;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Long getForceId() {
        return forceId;
    }

    public String getName() {
        return name;
    }
}
