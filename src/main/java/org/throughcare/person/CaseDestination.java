package org.throughcare.person;

import java.util.Optional;

/**
 * Who a case goes to: a team (unallocated there) or one of its workers. The transfer form's one select
 * writes it as "teamId" or "teamId:ownerId".
 */
public record CaseDestination(Long teamId, Long ownerId) {

    /** The destination a select value names, or empty when it names none (tampered with or mistyped). */
    static Optional<CaseDestination> parse(String value) {
        if (value == null || !value.matches("\\d{1,18}(:\\d{1,18})?")) {
            return Optional.empty();
        }
        String[] parts = value.split(":");
        return Optional.of(
                new CaseDestination(Long.valueOf(parts[0]), parts.length > 1 ? Long.valueOf(parts[1]) : null));
    }

    String value() {
        return ownerId == null ? String.valueOf(teamId) : teamId + ":" + ownerId;
    }
}
