package org.throughcare.treatment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * Treatment settings ({@code throughcare.treatment.*}): the period after release from prison within which a
 * community treatment appointment counts (three weeks, the national indicator).
 */
@ConfigurationProperties("throughcare.treatment")
record TreatmentProperties(Period seenAfterReleaseWithin) {

    TreatmentProperties {
        seenAfterReleaseWithin = seenAfterReleaseWithin == null ? Period.ofWeeks(3) : seenAfterReleaseWithin;
    }

    static TreatmentProperties defaults() {
        return new TreatmentProperties(null);
    }
}
