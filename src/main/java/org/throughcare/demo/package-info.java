/**
 * Demo mode: runs the modules' demo seeders ({@link org.throughcare.demo.DemoSeeder}) when the application starts
 * in demo mode. Knows no other module: each brings its own demo data.
 */
@ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {"database"})
package org.throughcare.demo;

import org.springframework.modulith.ApplicationModule;
