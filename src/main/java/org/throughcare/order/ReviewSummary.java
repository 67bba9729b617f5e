package org.throughcare.order;

import java.time.LocalDate;

/** A court review as other modules see it, for the progress report and the timeline. */
public record ReviewSummary(
        Long id,
        Long orderId,
        LocalDate dueOn,
        LocalDate reportSentOn,
        String providerView,
        LocalDate heldOn,
        ReviewAttendance attendance,
        ReviewOutcome outcome,
        String notes) {

    public boolean isHeld() {
        return heldOn != null;
    }
}
