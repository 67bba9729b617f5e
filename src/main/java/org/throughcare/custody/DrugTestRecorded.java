package org.throughcare.custody;

import java.time.Instant;
import java.util.List;

/**
 * A drug test in police custody was recorded: where and when, on arrest or on charge, and what it found
 * ({@code positiveSubstances}: the codes of the substances found, empty for a negative, refused or invalid test).
 */
public record DrugTestRecorded(
        Long eventId,
        Long personId,
        Long suiteId,
        Long forceId,
        TestStage stage,
        TestOutcome outcome,
        Instant arrestedAt,
        List<String> positiveSubstances) {

    public boolean positive() {
        return !positiveSubstances.isEmpty();
    }
}
