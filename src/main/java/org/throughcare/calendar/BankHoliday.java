package org.throughcare.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.LocalDate;

/** A day that is not a working day although it falls on a weekday. */
@Entity
@Table(name = "bank_holiday")
public class BankHoliday extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDate day;

    @Column(nullable = false)
    private String name;

    protected BankHoliday() {}

    BankHoliday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
