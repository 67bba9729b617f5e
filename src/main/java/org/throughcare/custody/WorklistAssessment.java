package org.throughcare.custody;

import java.time.Instant;

/** One required assessment on the custody worklist, read straight from SQL. */
record WorklistAssessment(
        Long assessmentId,
        Long eventId,
        Long personId,
        AssessmentKind kind,
        Instant appointmentAt,
        String place,
        String suiteName,
        AssessmentOutcome outcome,
        Instant outcomeRecordedAt) {}
