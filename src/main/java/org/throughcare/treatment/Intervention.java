package org.throughcare.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.LocalDate;

/** An intervention within an episode, with its start and, once over, its end. */
@Entity
@Table(name = "treatment_intervention")
class Intervention extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "episode_id", nullable = false, updatable = false)
    private Long episodeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InterventionKind kind;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Intervention() {}

    Intervention(Long episodeId, InterventionKind kind, LocalDate startedOn, LocalDate endedOn) {
        this.episodeId = episodeId;
        this.kind = kind;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    public Long getId() {
        return id;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public InterventionKind getKind() {
        return kind;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
