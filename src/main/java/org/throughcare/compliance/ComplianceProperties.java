package org.throughcare.compliance;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * Compliance settings ({@code throughcare.compliance.*}), all practice or law that may change (DOMAIN.md stage 7):
 * the window in which an earlier warning makes breach action mandatory (12 months, Sentencing Act 2020 Sch 10),
 * the window over which failures to comply are counted for the tag (12 months), and the working days within which
 * a warning letter is sent (2), and how far back the caseload looks for a release from prison not yet followed by
 * a community treatment appointment (12 months).
 */
@ConfigurationProperties("throughcare.compliance")
record ComplianceProperties(
        Period warningWindow, Period failureWindow, Integer warningLetterWorkingDays, Period releasedWithin) {

    ComplianceProperties {
        warningWindow = warningWindow == null ? Period.ofMonths(12) : warningWindow;
        failureWindow = failureWindow == null ? Period.ofMonths(12) : failureWindow;
        warningLetterWorkingDays = warningLetterWorkingDays == null ? 2 : warningLetterWorkingDays;
        releasedWithin = releasedWithin == null ? Period.ofMonths(12) : releasedWithin;
    }

    static ComplianceProperties defaults() {
        return new ComplianceProperties(null, null, null, null);
    }
}
