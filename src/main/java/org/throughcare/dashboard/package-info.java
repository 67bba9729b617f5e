/**
 * Managers' dashboards: custody, orders and compliance figures for an area or a team over a date range, each figure
 * linked to the cases behind it, and CSV exports. The module reads only the reporting views other modules own and
 * document (custody_test_overview, order_overview, appointment_overview, enforcement_overview, person_overview,
 * person_team_access, team_overview, user_overview), never their tables.
 */
@ApplicationModule(
        displayName = "Dashboard",
        allowedDependencies = {"user", "web", "person", "audit", "common", "demo"})
package org.throughcare.dashboard;

import org.springframework.modulith.ApplicationModule;
