package org.throughcare.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything about a person that a worker types in, already normalised (identifiers in canonical form).
 * The service checks the rules before it reaches an entity.
 */
public record PersonDetails(
        String givenName,
        String familyName,
        String otherNames,
        LocalDate dateOfBirth,
        StatedSex statedSex,
        GenderIdentity genderIdentity,
        Ethnicity ethnicity,
        String pncId,
        String croNumber,
        String crn,
        String nhsNumber,
        String prisonNumber,
        String addressLine1,
        String addressLine2,
        String town,
        String postcode,
        HousingStatus housingStatus,
        Integer dependentChildren,
        boolean childcareResponsibility,
        String firstLanguage,
        boolean interpreterNeeded,
        InjectingStatus injectingStatus,
        List<SubstanceUse> substances,
        Set<PersonFlag> flags) {

    public record SubstanceUse(Substance substance, boolean primary, Route route) {}

    public PersonDetails {
        substances = substances == null ? List.of() : List.copyOf(substances);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
