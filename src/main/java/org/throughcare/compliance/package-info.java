/**
 * Orders and compliance (to come); the probation officer's home page now.
 */
@ApplicationModule(
        displayName = "Compliance",
        allowedDependencies = {"user", "web"})
package org.throughcare.compliance;

import org.springframework.modulith.ApplicationModule;
