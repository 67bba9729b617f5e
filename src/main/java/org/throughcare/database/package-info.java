/**
 * The embedded PostgreSQL for local runs and tests, the owner and application roles, and {@link
 * org.throughcare.database.RunMode}.
 */
@ApplicationModule(
        displayName = "Database",
        allowedDependencies = {})
package org.throughcare.database;

import org.springframework.modulith.ApplicationModule;
