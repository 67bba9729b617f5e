package org.throughcare.custody;

import java.time.Instant;

/** The person failed to attend or did not remain at a required assessment: an offence the police are told of. */
public record RequiredAssessmentFailed(
        Long assessmentId,
        Long eventId,
        Long personId,
        AssessmentKind kind,
        AssessmentOutcome outcome,
        Instant appointmentAt) {}
