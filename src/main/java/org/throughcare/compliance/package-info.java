/**
 * Orders and compliance (to come); the probation officer's home page now, with the people released from prison
 * not yet seen in treatment (the treatment module's published list).
 */
@ApplicationModule(
        displayName = "Compliance",
        allowedDependencies = {"audit", "calendar", "common", "demo", "order", "person", "treatment", "user", "web"})
package org.throughcare.compliance;

import org.springframework.modulith.ApplicationModule;
