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
import org.throughcare.common.Allowed;

import java.time.Instant;

/**
 * One thing a person consented to: assessment and treatment, or sharing with one kind of agency. Given at a
 * time, in a way; recorded by created_by; withdrawn with a time, who recorded it and why. Current until withdrawn.
 */
@Entity
@Table(name = "consent")
class Consent extends AuditedEntity {

    enum Action {
        WITHDRAW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentSubject subject;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Agency agency;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_how", nullable = false, updatable = false)
    private ConsentMethod givenHow;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    protected Consent() {}

    Consent(Long personId, ConsentItem item, Instant givenAt, ConsentMethod givenHow) {
        this.personId = personId;
        this.subject = item.subject();
        this.agency = item.agency();
        this.givenAt = givenAt;
        this.givenHow = givenHow;
    }

    ConsentItem item() {
        return new ConsentItem(subject, agency);
    }

    boolean current() {
        return withdrawnAt == null;
    }

    Allowed allows(Action action) {
        return switch (action) {
            case WITHDRAW -> current() ? Allowed.yes() : Allowed.no("This consent was already withdrawn");
        };
    }

    void withdraw(Instant at, String by, String reason) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawalReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public ConsentSubject getSubject() {
        return subject;
    }

    public Agency getAgency() {
        return agency;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public ConsentMethod getGivenHow() {
        return givenHow;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }
}
