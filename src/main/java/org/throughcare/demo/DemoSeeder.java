package org.throughcare.demo;

/**
 * A module's part of the demo data. Each module that has demo data declares one, recording it through its
 * own services so it passes the rules real input must; the demo module only orders them and runs them, in
 * demo mode only. A seeder finds out itself whether its data is already there (a kept database is seeded once).
 */
public interface DemoSeeder {

    /** Lower runs first: users and teams before people, people before their histories. */
    int order();

    void seed(DemoRun run);
}
