package org.throughcare.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A police force area or probation delivery unit: reference data seeded by migration. */
@Entity
@Table(name = "area")
public class Area {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AreaKind kind;

    protected Area() {}

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public AreaKind getKind() {
        return kind;
    }

    public String getDisplayName() {
        return name + " (" + kind.label().toLowerCase() + ")";
    }
}
