/**
 * Treatment engagement and outcome reviews (to come); the treatment worker's home page now.
 */
@ApplicationModule(
        displayName = "Treatment",
        allowedDependencies = {"user", "web"})
package org.throughcare.treatment;

import org.springframework.modulith.ApplicationModule;
