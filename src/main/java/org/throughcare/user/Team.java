package org.throughcare.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.Instant;

/** A group of workers in one area; access to people's records is scoped to teams. */
@Entity
@Table(name = "team")
public class Team extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private Area area;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_by")
    private String disabledBy;

    protected Team() {}

    Team(String name, Area area) {
        this.name = name;
        this.area = area;
    }

    void rename(String name, Area area) {
        this.name = name;
        this.area = area;
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

    public String getName() {
        return name;
    }

    public Area getArea() {
        return area;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public String getDisabledBy() {
        return disabledBy;
    }
}
