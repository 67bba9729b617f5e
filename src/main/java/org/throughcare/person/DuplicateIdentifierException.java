package org.throughcare.person;

import org.throughcare.common.RuleViolationException;

import java.time.format.DateTimeFormatter;

/** The identifier typed belongs to someone already recorded: never two records for one person. */
class DuplicateIdentifierException extends RuleViolationException {

    private final transient PersonSummary existing;

    DuplicateIdentifierException(String field, PersonSummary existing) {
        super(
                field,
                "This identifier is already recorded for " + existing.fullName()
                        + ", born "
                        + existing.dateOfBirth().format(DateTimeFormatter.ofPattern("d MMMM yyyy"))
                        + ". Search for them instead of creating a new record");
        this.existing = existing;
    }

    public PersonSummary existing() {
        return existing;
    }
}
