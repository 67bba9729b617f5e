/**
 * Drug testing in police custody and required assessments, with the custody reference data (suites, offences,
 * tested substances). Publishes DrugTestRecorded, PositiveResultRecorded, RequiredAssessmentAttended and
 * RequiredAssessmentFailed.
 */
@ApplicationModule(
        displayName = "Custody",
        allowedDependencies = {"audit", "calendar", "common", "database", "demo", "person", "user", "web"})
package org.throughcare.custody;

import org.springframework.modulith.ApplicationModule;
