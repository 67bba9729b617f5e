package org.throughcare.compliance;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * Compliance checklist settings ({@code throughcare.compliance.checklist.*}): how far back failures to comply count
 * towards "higher risk of non-compliance" (12 months, the enforcement window of Sentencing Act 2020 Sch 10), and how
 * many failures in that window make a person higher risk (2).
 */
@ConfigurationProperties("throughcare.compliance.checklist")
record ChecklistProperties(Period failureWindow, Integer failuresForHigherRisk) {

    ChecklistProperties {
        failureWindow = failureWindow == null ? Period.ofMonths(12) : failureWindow;
        failuresForHigherRisk = failuresForHigherRisk == null ? 2 : failuresForHigherRisk;
    }

    static ChecklistProperties defaults() {
        return new ChecklistProperties(null, null);
    }
}
