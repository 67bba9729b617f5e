package org.throughcare.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A custody record number a police force gave the person; a person collects one per detention. */
@Entity
@Table(name = "custody_record_number")
class CustodyRecordNumber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "force_id", nullable = false)
    private Long forceId;

    @Column(name = "number", nullable = false)
    private String number;

    protected CustodyRecordNumber() {}

    CustodyRecordNumber(Person person, Long forceId, String number) {
        this.person = person;
        this.forceId = forceId;
        this.number = number;
    }

    public Long getId() {
        return id;
    }

    public Long getForceId() {
        return forceId;
    }

    public String getNumber() {
        return number;
    }
}
