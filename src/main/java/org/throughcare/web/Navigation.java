package org.throughcare.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.ArrayList;
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
        List<NavigationEntry> visible = new ArrayList<>(entries.size());
        NavigationEntry current = null;
        int currentMatch = -1;
        for (NavigationEntry entry : entries) {
            if (entry.shownTo().test(authentication)) {
                visible.add(entry);
                int match = entry.match(path);
                if (match > currentMatch) {
                    current = entry;
                    currentMatch = match;
                }
            }
        }
        NavigationEntry marked = current;
        return visible.stream()
                .map(entry -> new Item(entry.label(), entry.path(), entry == marked))
                .toList();
    }
}
