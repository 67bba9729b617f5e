/**
 * Liaison and Diversion and referrals (to come); the practitioner's home page now.
 */
@ApplicationModule(
        displayName = "Referral",
        allowedDependencies = {"user", "web"})
package org.throughcare.referral;

import org.springframework.modulith.ApplicationModule;
