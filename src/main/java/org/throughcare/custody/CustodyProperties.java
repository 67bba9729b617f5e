package org.throughcare.custody;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Custody drug testing settings ({@code throughcare.custody.*}): minimum ages for a test on arrest and
 * on charge, the youngest age for a required assessment, the longest detention a sample may come within,
 * and the working days between a disputed sample going to the lab and a required assessment
 * (which days are working days is the calendar module's).
 */
@ConfigurationProperties("throughcare.custody")
record CustodyProperties(
        Integer minimumAgeOnArrest,
        Integer minimumAgeOnCharge,
        Integer workingDaysAfterDisputedSample,
        Integer minimumAgeForRequiredAssessment,
        Integer maximumDetentionHours) {

    public CustodyProperties {
        // Drugs Act 2005 s9(4) and s10(5): a required assessment is for adults only.
        minimumAgeForRequiredAssessment =
                minimumAgeForRequiredAssessment == null ? 18 : minimumAgeForRequiredAssessment;
        minimumAgeOnArrest = minimumAgeOnArrest == null ? 18 : minimumAgeOnArrest;
        minimumAgeOnCharge = minimumAgeOnCharge == null ? 14 : minimumAgeOnCharge;
        workingDaysAfterDisputedSample = workingDaysAfterDisputedSample == null ? 5 : workingDaysAfterDisputedSample;
        // PACE s41-42: 24 hours' detention, 36 with a superintendent's extension; longer needs a warrant.
        maximumDetentionHours = maximumDetentionHours == null ? 36 : maximumDetentionHours;
    }

    /** The defaults, for tests and for code that runs without Spring. */
    public static CustodyProperties defaults() {
        return new CustodyProperties(null, null, null, null, null);
    }

    public int minimumAge(TestStage stage) {
        return stage == TestStage.ON_ARREST ? minimumAgeOnArrest : minimumAgeOnCharge;
    }
}
