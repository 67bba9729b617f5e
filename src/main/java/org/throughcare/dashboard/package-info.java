/**
 * Managers' dashboards (to come); the manager's home page now.
 */
@ApplicationModule(
        displayName = "Dashboard",
        allowedDependencies = {"user", "web"})
package org.throughcare.dashboard;

import org.springframework.modulith.ApplicationModule;
