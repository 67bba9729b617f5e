package org.throughcare.custody;

import java.time.Instant;

/** A disputed sample still at the confirmatory lab, on the custody worklist, read straight from SQL. */
record WorklistSample(
        Long resultId, Long eventId, Long personId, String substanceName, Instant sentAt, String suiteName) {}
