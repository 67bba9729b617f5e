package org.throughcare.person;

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

/** A substance the person uses, how they take it, and whether it is their primary substance. */
@Entity
@Table(name = "person_substance")
class PersonSubstance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "substance", nullable = false)
    private Substance substance;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Enumerated(EnumType.STRING)
    @Column(name = "route")
    private Route route;

    protected PersonSubstance() {}

    PersonSubstance(Person person, Substance substance, boolean primary, Route route) {
        this.person = person;
        this.substance = substance;
        this.primary = primary;
        this.route = route;
    }

    void change(boolean primary, Route route) {
        this.primary = primary;
        this.route = route;
    }

    public Long getId() {
        return id;
    }

    public Substance getSubstance() {
        return substance;
    }

    public boolean isPrimary() {
        return primary;
    }

    public Route getRoute() {
        return route;
    }
}
