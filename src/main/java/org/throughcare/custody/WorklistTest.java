package org.throughcare.custody;

import java.time.Instant;

/** One test on the custody worklist, read straight from SQL; testedAt is the sample time, or the arrest without one. */
record WorklistTest(
        Long eventId, Long personId, Instant testedAt, String suiteName, TestOutcome outcome, long positiveResults) {}
