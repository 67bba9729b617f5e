package org.throughcare.custody;

import java.time.Instant;

/** An assessment to book for a custody event. */
record AssessmentBooking(
        AssessmentKind kind, Instant appointmentAt, String place, Instant noticeGivenAt, String assessorName) {}
