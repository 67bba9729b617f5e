package org.throughcare.custody;

import java.time.Instant;

/** The person attended and remained at a required assessment; {@code result} is what it led to. */
public record RequiredAssessmentAttended(
        Long assessmentId,
        Long eventId,
        Long personId,
        AssessmentKind kind,
        AssessmentResult result,
        Instant appointmentAt) {}
