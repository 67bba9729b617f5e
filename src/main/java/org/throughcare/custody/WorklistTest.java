package org.throughcare.custody;

import java.time.Instant;

/** One test on the custody worklist, read straight from SQL. */
record WorklistTest(
        Long eventId, Long personId, Instant arrestedAt, String suiteName, TestOutcome outcome, long positiveResults) {}
