package org.throughcare.person;

import java.time.LocalDate;

/** One search result: enough to recognise the person, and whether the user may open the record. */
public record PersonSummary(
        Long id,
        String givenName,
        String familyName,
        String otherNames,
        LocalDate dateOfBirth,
        String pncId,
        String crn,
        boolean inScope) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
