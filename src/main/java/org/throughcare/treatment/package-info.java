/**
 * Treatment engagement and outcome reviews (to come); the treatment worker's home page now, showing the referrals
 * to the team through the referral module's published lists.
 */
@ApplicationModule(
        displayName = "Treatment",
        allowedDependencies = {"referral", "user", "web"})
package org.throughcare.treatment;

import org.springframework.modulith.ApplicationModule;
