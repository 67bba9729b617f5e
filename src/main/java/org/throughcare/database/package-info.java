/**
 * The embedded PostgreSQL for local runs and tests, the owner and application roles, {@link
 * org.throughcare.database.RunMode}, {@link org.throughcare.database.ReadOnlyRows} for pages that only read after
 * their audited view, and {@link org.throughcare.database.ReadBatch} for reads several parts of a page send together.
 */
@ApplicationModule(
        displayName = "Database",
        allowedDependencies = {})
package org.throughcare.database;

import org.springframework.modulith.ApplicationModule;
