/**
 * Supervision and enforcement under court orders (DOMAIN.md stages 7 and 8): appointments and their outcomes, drug
 * tests under an order, warnings and breach action decided by {@code EnforcementRule} (Sentencing Act 2020 Sch 10),
 * the compliance tag, the order page's and person page's compliance sections, the timeline entries, and the
 * probation officer's home page (caseload, overdue outcomes, releases from prison not yet seen in treatment). Orders
 * are read through {@code order.OrderDirectory} and the {@code order_overview} view, releases through
 * {@code prison_release_overview}.
 */
@ApplicationModule(
        displayName = "Compliance",
        allowedDependencies = {
            "audit",
            "calendar",
            "common",
            "database",
            "demo",
            "order",
            "person",
            "treatment",
            "user",
            "web"
        })
package org.throughcare.compliance;

import org.springframework.modulith.ApplicationModule;
