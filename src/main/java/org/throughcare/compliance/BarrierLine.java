package org.throughcare.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.throughcare.web.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One barrier on one revision of the checklist: whether it is present and, when it is, what it is, the strategy
 * agreed for it, who carries the strategy out and when it is looked at again. Never changed once saved.
 */
@Embeddable
class BarrierLine {

    @Enumerated(EnumType.STRING)
    @Column(name = "barrier", nullable = false)
    private Barrier barrier;

    @Column(name = "present", nullable = false)
    private boolean present;

    @Column(name = "detail")
    private String detail;

    @Column(name = "strategy")
    private String strategy;

    @Column(name = "owner")
    private String owner;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    protected BarrierLine() {}

    BarrierLine(Barrier barrier, boolean present, String detail, String strategy, String owner, LocalDate reviewOn) {
        this.barrier = barrier;
        this.present = present;
        this.detail = present ? detail : null;
        this.strategy = present ? strategy : null;
        this.owner = present ? owner : null;
        this.reviewOn = present ? reviewOn : null;
    }

    Barrier getBarrier() {
        return barrier;
    }

    boolean isPresent() {
        return present;
    }

    String getDetail() {
        return detail;
    }

    String getStrategy() {
        return strategy;
    }

    String getOwner() {
        return owner;
    }

    LocalDate getReviewOn() {
        return reviewOn;
    }

    /** As the audit trail shows it: "Housing: present, strategy ..., owner ..., review 1 July 2026". */
    @Override
    public String toString() {
        if (!present) {
            return barrier.label() + ": not present";
        }
        List<String> parts = new ArrayList<>();
        parts.add("present");
        if (detail != null) {
            parts.add("detail " + detail);
        }
        parts.add("strategy " + strategy);
        if (owner != null) {
            parts.add("owner " + owner);
        }
        if (reviewOn != null) {
            parts.add("review " + Formats.ukDate(reviewOn));
        }
        return barrier.label() + ": " + String.join(", ", parts);
    }
}
