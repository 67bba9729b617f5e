package org.throughcare.user;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what, defined once: each group is a set of roles. Controllers name a group with its annotation
 * ({@link ForWorkers}, {@link ForAdministrators}, ...), navigation entries and page logic ask
 * {@link #includes}. A new role or a change of who may do something is made here and nowhere else.
 */
public enum RoleGroup {
    /** Everyone who holds cases with people: they record, search and read within their team's scope. */
    WORKERS(Role.workers().toArray(Role[]::new)),
    /** Workers, and managers who read the records of their area's teams. */
    WORKERS_AND_MANAGERS(union(Role.workers().toArray(Role[]::new), Role.MANAGER)),
    CUSTODY_WORKERS(Role.CUSTODY_WORKER),
    /** Who may open a custody test's page: the custody workers who record them, and managers. */
    CUSTODY_WORKERS_AND_MANAGERS(Role.CUSTODY_WORKER, Role.MANAGER),
    LIAISON_AND_DIVERSION(Role.LIAISON_DIVERSION),
    PROBATION_OFFICERS(Role.PROBATION_OFFICER),
    /** Who may read an order and its compliance, and correct an ended order: officers, and their managers. */
    PROBATION_OFFICERS_AND_MANAGERS(Role.PROBATION_OFFICER, Role.MANAGER),
    TREATMENT_WORKERS(Role.TREATMENT_WORKER),
    MANAGERS(Role.MANAGER),
    /** Who may read the dashboards: managers for their area; administrators, in figures only, for every area. */
    MANAGERS_AND_ADMINISTRATORS(Role.MANAGER, Role.ADMIN),
    ADMINISTRATORS(Role.ADMIN);

    private final Set<Role> roles;

    RoleGroup(Role... roles) {
        this.roles = EnumSet.copyOf(Arrays.asList(roles));
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean includes(Role role) {
        return roles.contains(role);
    }

    /** Whether the signed-in user (as Spring Security sees them) has a role of this group. */
    public boolean includes(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        // A signed-in user's one authority is their role: every page's navigation asks each of its entries, and
        // comparing authority strings for each was 2.5% of a page's CPU (docs/performance.md).
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return includes(user.role());
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority ->
                        roles.stream().anyMatch(role -> role.authority().equals(authority)));
    }

    private static Role[] union(Role[] some, Role other) {
        Role[] all = Arrays.copyOf(some, some.length + 1);
        all[some.length] = other;
        return all;
    }
}
