package org.throughcare.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The service navigation each role sees, with the current section marked. */
@ControllerAdvice
class Navigation {

    record Item(String label, String href, boolean current) {}

    /** {@code also}: other paths under which this entry is the current one. */
    private record Entry(String label, String href, String role, List<String> also) {

        Entry(String label, String href, String role) {
            this(label, href, role, List.of());
        }

        /** How specifically this entry matches the path: the length of its longest matching prefix, or -1. */
        int match(String path) {
            return Stream.concat(Stream.of(href), also.stream())
                    .filter(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                    .mapToInt(String::length)
                    .max()
                    .orElse(-1);
        }
    }

    private static final List<String> WORKERS =
            List.of("ROLE_CUSTODY_WORKER", "ROLE_LIAISON_DIVERSION", "ROLE_PROBATION_OFFICER", "ROLE_TREATMENT_WORKER");

    private static final List<Entry> ENTRIES = List.of(
            new Entry("Worklist", "/custody", "ROLE_CUSTODY_WORKER"),
            new Entry("Home", "/liaison", "ROLE_LIAISON_DIVERSION"),
            new Entry("Home", "/probation", "ROLE_PROBATION_OFFICER"),
            new Entry("Home", "/treatment", "ROLE_TREATMENT_WORKER"),
            new Entry("Dashboard", "/manager", "ROLE_MANAGER"),
            new Entry("Case openings", "/case-openings", "ROLE_MANAGER"),
            new Entry("My caseload", "/caseload", "WORKER"),
            new Entry("Find a person", "/people", "WORKER_OR_MANAGER"),
            new Entry("Administration", "/admin", "ROLE_ADMIN"),
            new Entry("Users", "/admin/users", "ROLE_ADMIN"),
            new Entry("Teams", "/admin/teams", "ROLE_ADMIN"),
            new Entry(
                    "Reference data",
                    "/admin/reference-data",
                    "ROLE_ADMIN",
                    List.of("/admin/custody-suites", "/admin/offences", "/admin/tested-substances")),
            new Entry("Audit log", "/admin/audit", "ROLE_ADMIN"));

    @ModelAttribute("navigation")
    List<Item> navigation(Authentication authentication, HttpServletRequest request) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean worker = WORKERS.stream().anyMatch(roles::contains);
        List<Entry> visible = ENTRIES.stream()
                .filter(e -> roles.contains(e.role())
                        || ("WORKER".equals(e.role()) && worker)
                        || ("WORKER_OR_MANAGER".equals(e.role()) && (worker || roles.contains("ROLE_MANAGER"))))
                .toList();
        Entry current = visible.stream()
                .filter(e -> e.match(path) >= 0)
                .reduce((a, b) -> a.match(path) >= b.match(path) ? a : b)
                .orElse(null);
        List<Item> items = new ArrayList<>();
        for (Entry entry : visible) {
            items.add(new Item(entry.label(), entry.href(), entry == current));
        }
        return items;
    }
}
