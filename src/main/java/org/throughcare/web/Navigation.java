package org.throughcare.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;

/**
 * The service navigation each user sees, with the current section marked. The entries come from the
 * modules ({@link NavigationEntry} beans); this class knows none of them.
 */
@ControllerAdvice
class Navigation {

    public record Item(String label, String href, boolean current) {}

    private final List<NavigationEntry> entries;

    Navigation(List<NavigationEntry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt(NavigationEntry::position).thenComparing(NavigationEntry::label))
                .toList();
    }

    @ModelAttribute("navigation")
    List<Item> navigation(Authentication authentication, HttpServletRequest request) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<NavigationEntry> visible = entries.stream()
                .filter(entry -> entry.shownTo().test(authentication))
                .toList();
        NavigationEntry current = visible.stream()
                .filter(entry -> entry.match(path) >= 0)
                .max(Comparator.comparingInt(entry -> entry.match(path)))
                .orElse(null);
        return visible.stream()
                .map(entry -> new Item(entry.label(), entry.path(), entry == current))
                .toList();
    }
}
