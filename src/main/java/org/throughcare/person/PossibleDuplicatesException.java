package org.throughcare.person;

import org.throughcare.common.RuleViolationException;

import java.util.List;

/**
 * Someone with the same name and date of birth is already recorded. The worker must look at the
 * matches and either open one or confirm this is a different person.
 */
class PossibleDuplicatesException extends RuleViolationException {

    private final transient List<PersonSummary> matches;

    PossibleDuplicatesException(List<PersonSummary> matches) {
        super("notADuplicate", "Check the possible matches. Open one of them, or confirm this is a different person");
        this.matches = List.copyOf(matches);
    }

    public List<PersonSummary> matches() {
        return matches;
    }
}
