package org.throughcare.custody;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.throughcare.user.SignedInUser;

import java.time.Instant;

/**
 * Who was tested in custody today at the suites of the user's police force area: published for Liaison and
 * Diversion, whose practitioners screen people in custody.
 */
@Component
public class CustodyToday {

    /** One person tested today; {@code positive} when any result was positive. */
    public record Tested(Long personId, Instant testedAt, String suiteName, boolean positive) {}

    private final CustodyWorklist worklist;

    CustodyToday(CustodyWorklist worklist) {
        this.worklist = worklist;
    }

    public Page<Tested> testedToday(SignedInUser user, int page, int size) {
        return worklist.testsToday(user, page, size)
                .map(t -> new Tested(t.personId(), t.testedAt(), t.suiteName(), t.positiveResults() > 0));
    }
}
