package org.throughcare.custody;

import java.time.Instant;

/**
 * An assessment to book for a custody event: when and where, the written notice, the assessor, whether the
 * notice warned that failing to attend or remain is an offence, and who imposed the requirement.
 */
record AssessmentBooking(
        AssessmentKind kind,
        Instant appointmentAt,
        String place,
        Instant noticeGivenAt,
        String assessorName,
        Boolean warningGiven,
        String imposedBy) {}
