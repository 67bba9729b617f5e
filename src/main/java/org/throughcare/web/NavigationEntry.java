package org.throughcare.web;

import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One entry of the service navigation. A module adds its own by declaring beans of this type; the layout
 * shows, in order of {@code position}, those whose {@code shownTo} accepts the signed-in user, and marks as
 * current the one whose path (or one of {@code alsoCurrentUnder}) is the longest prefix of the page's path.
 *
 * @param shownTo usually a role group: {@code RoleGroup.WORKERS::includes}
 */
public record NavigationEntry(
        String label, String path, int position, Predicate<Authentication> shownTo, List<String> alsoCurrentUnder) {

    public NavigationEntry(String label, String path, int position, Predicate<Authentication> shownTo) {
        this(label, path, position, shownTo, List.of());
    }

    /** How specifically this entry matches the path: the length of its longest matching prefix, or -1. */
    int match(String requestPath) {
        return Stream.concat(Stream.of(path), alsoCurrentUnder.stream())
                .filter(prefix -> requestPath.equals(prefix) || requestPath.startsWith(prefix + "/"))
                .mapToInt(String::length)
                .max()
                .orElse(-1);
    }
}
