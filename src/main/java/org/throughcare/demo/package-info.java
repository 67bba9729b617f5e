/**
 * Demo mode: runs the modules' demo seeders ({@link org.throughcare.demo.DemoSeeder}) when the application
 * starts in demo mode. Knows no other module: each brings its own demo data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.throughcare.demo;
