/**
 * Consent, Liaison and Diversion and referrals (to come): consent to assessment and treatment and to sharing
 * with each kind of agency, with its history, and the practitioner's home page.
 */
@ApplicationModule(
        displayName = "Referral",
        allowedDependencies = {"audit", "common", "demo", "person", "user", "web"})
package org.throughcare.referral;

import org.springframework.modulith.ApplicationModule;
