package org.throughcare.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Describes what an edit changes, old value to new, for the audit trail. */
final class PersonChanges {

    private PersonChanges() {}

    static String describe(Person before, PersonDetails after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "given name", before.getGivenName(), after.givenName());
        compare(changes, "family name", before.getFamilyName(), after.familyName());
        compare(changes, "other names", before.getOtherNames(), after.otherNames());
        compare(changes, "date of birth", before.getDateOfBirth(), after.dateOfBirth());
        compare(changes, "stated sex", before.getStatedSex(), after.statedSex());
        compare(changes, "gender identity", before.getGenderIdentity(), after.genderIdentity());
        compare(changes, "ethnicity", before.getEthnicity(), after.ethnicity());
        compare(changes, "PNC ID", before.getPncId(), after.pncId());
        compare(changes, "CRO number", before.getCroNumber(), after.croNumber());
        compare(changes, "CRN", before.getCrn(), after.crn());
        compare(changes, "NHS number", before.getNhsNumber(), after.nhsNumber());
        compare(changes, "prison number", before.getPrisonNumber(), after.prisonNumber());
        compare(
                changes,
                "address",
                address(before.getAddressLine1(), before.getAddressLine2(), before.getTown(), before.getPostcode()),
                address(after.addressLine1(), after.addressLine2(), after.town(), after.postcode()));
        compare(changes, "housing status", before.getHousingStatus(), after.housingStatus());
        compare(changes, "dependent children", before.getDependentChildren(), after.dependentChildren());
        compare(
                changes,
                "childcare responsibility",
                before.isChildcareResponsibility(),
                after.childcareResponsibility());
        compare(changes, "first language", before.getFirstLanguage(), after.firstLanguage());
        compare(changes, "interpreter needed", before.isInterpreterNeeded(), after.interpreterNeeded());
        compare(changes, "injecting status", before.getInjectingStatus(), after.injectingStatus());
        compare(changes, "flags", new java.util.TreeSet<>(before.getFlags()), new java.util.TreeSet<>(after.flags()));
        compare(
                changes,
                "substances",
                substances(before.getSubstances(), s -> s.getSubstance() + (s.isPrimary() ? "*" : "")),
                substances(after.substances(), s -> s.substance() + (s.primary() ? "*" : "")));
        return String.join("; ", changes);
    }

    private static <T> String substances(List<T> list, Function<T, String> name) {
        return list.stream().map(name).sorted().toList().toString();
    }

    private static String address(String... parts) {
        return String.join(
                ", ", java.util.Arrays.stream(parts).filter(Objects::nonNull).toList());
    }

    private static void compare(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "none" : before) + " → " + (after == null ? "none" : after));
        }
    }
}
