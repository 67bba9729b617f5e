/**
 * Users, teams, areas, roles and role groups ({@link org.throughcare.user.RoleGroup}), sign-in and sessions, and
 * the administration pages (users, teams, reference data, audit log).
 */
@ApplicationModule(
        displayName = "User",
        allowedDependencies = {"audit", "common", "database", "demo", "web"})
package org.throughcare.user;

import org.springframework.modulith.ApplicationModule;
