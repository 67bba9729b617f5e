package org.throughcare.compliance;

/**
 * Where an order's checklist stands, computed in SQL from the compliance tables.
 *
 * @param hasRevision whether the checklist was ever completed for the order
 * @param due no revision yet, or the latest was made before the latest failure to comply on the order (an ended
 *     order is never due)
 * @param higherRisk the person has had a breach action on any of their orders, or enough failures to comply in the
 *     configured window ({@link ChecklistProperties}) on any of them
 * @param anyOutcome whether any appointment under the order has an outcome yet
 */
public record ChecklistStatus(boolean hasRevision, boolean due, boolean higherRisk, boolean anyOutcome) {

    static final ChecklistStatus NONE = new ChecklistStatus(false, false, false, false);

    /** Prompt "complete the checklist before the first appointment": higher risk, no checklist, nothing seen yet. */
    public boolean promptBeforeFirstAppointment() {
        return higherRisk && !hasRevision && !anyOutcome;
    }
}
