/**
 * Consent, Liaison and Diversion and referrals: consent to assessment and treatment and to sharing with each kind
 * of agency; L&D screening, assessment and outcome; referrals with their lifecycle, the role lists and the
 * providers they go to; the L&D practitioner's home page (reads who was tested in custody today through the
 * custody module's published {@code CustodyToday}).
 */
@ApplicationModule(
        displayName = "Referral",
        allowedDependencies = {"audit", "common", "database", "custody", "demo", "person", "user", "web"})
package org.throughcare.referral;

import org.springframework.modulith.ApplicationModule;
