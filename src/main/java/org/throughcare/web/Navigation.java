package org.throughcare.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The service navigation each role sees, with the current section marked. */
@ControllerAdvice
class Navigation {

    record Item(String label, String href, boolean current) {
    }

    private record Entry(String label, String href, String role) {
    }

    private static final List<String> WORKERS = List.of("ROLE_CUSTODY_WORKER", "ROLE_LIAISON_DIVERSION",
            "ROLE_PROBATION_OFFICER", "ROLE_TREATMENT_WORKER");

    private static final List<Entry> ENTRIES = List.of(
            new Entry("Worklist", "/custody", "ROLE_CUSTODY_WORKER"),
            new Entry("Home", "/liaison", "ROLE_LIAISON_DIVERSION"),
            new Entry("Home", "/probation", "ROLE_PROBATION_OFFICER"),
            new Entry("Home", "/treatment", "ROLE_TREATMENT_WORKER"),
            new Entry("Dashboard", "/manager", "ROLE_MANAGER"),
            new Entry("My caseload", "/caseload", "WORKER"),
            new Entry("Find a person", "/people", "WORKER_OR_MANAGER"),
            new Entry("Administration", "/admin", "ROLE_ADMIN"),
            new Entry("Users", "/admin/users", "ROLE_ADMIN"),
            new Entry("Teams", "/admin/teams", "ROLE_ADMIN"),
            new Entry("Audit log", "/admin/audit", "ROLE_ADMIN"));

    @ModelAttribute("navigation")
    List<Item> navigation(Authentication authentication, HttpServletRequest request) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean worker = WORKERS.stream().anyMatch(roles::contains);
        List<Entry> visible = ENTRIES.stream().filter(e -> roles.contains(e.role())
                || ("WORKER".equals(e.role()) && worker)
                || ("WORKER_OR_MANAGER".equals(e.role()) && (worker || roles.contains("ROLE_MANAGER")))).toList();
        String current = visible.stream().map(Entry::href)
                .filter(href -> path.equals(href) || path.startsWith(href + "/"))
                .reduce((a, b) -> a.length() >= b.length() ? a : b).orElse(null);
        List<Item> items = new ArrayList<>();
        for (Entry entry : visible) {
            items.add(new Item(entry.label(), entry.href(), entry.href().equals(current)));
        }
        return items;
    }
}
