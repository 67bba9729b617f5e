/**
 * Treatment engagement: treatment episodes with their interventions, outcome reviews and exits, releases from
 * prison with the first community treatment appointment after them; the treatment worker's home page, which also
 * shows the team's referrals through the referral module's published lists. Publishes {@code TreatmentWork} for other
 * home pages.
 */
@ApplicationModule(
        displayName = "Treatment",
        allowedDependencies = {"audit", "common", "database", "demo", "person", "referral", "user", "web"})
package org.throughcare.treatment;

import org.springframework.modulith.ApplicationModule;
