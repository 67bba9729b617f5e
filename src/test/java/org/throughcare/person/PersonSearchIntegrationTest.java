package org.throughcare.person;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.person.identifier.CroNumber;
import org.throughcare.person.identifier.NhsNumber;
import org.throughcare.person.identifier.PncId;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Person search on PostgreSQL: parts of names, any case or accents, aliases, dates and identifiers. */
@IntegrationTest
@Import(Fixtures.class)
class PersonSearchIntegrationTest {

    @Autowired
    PersonService people;

    @Autowired
    Fixtures data;

    SignedInUser worker;
    SignedInUser otherTeamWorker;
    String family;
    String alias;
    LocalDate born = LocalDate.of(1984, 5, 17);

    @BeforeEach
    void recordPeople() {
        worker = data.user(Role.CUSTODY_WORKER, "West Yorkshire");
        otherTeamWorker = data.user(Role.CUSTODY_WORKER, "Merseyside");
        family = Fixtures.uniqueLetters();
        // Its own letters: an alias sharing the family's would also, rightly, fuzzy-match "familyford".
        alias = Fixtures.uniqueLetters();
        people.create(details("Zoë", "Ångström" + family, null, born), null, worker, true);
        people.create(
                details("Zoe", family + "son", "Jo " + alias + "-Alias", LocalDate.of(1990, 1, 2)), null, worker, true);
        people.create(details("Liam", family + "ford", null, born), null, otherTeamWorker, true);
    }

    @Test
    void findsPartOfANameWhateverTheCaseOrAccents() {
        List<String> names = names(people.search("zoe angstrom" + family.toLowerCase(), null, worker, 0, 25)
                .getContent());
        assertThat(names).containsExactly("Zoë Ångström" + family);

        assertThat(names(people.search(family.substring(0, 5).toUpperCase(), null, worker, 0, 25)
                        .getContent()))
                .hasSize(3);
    }

    @Test
    void forgivesATypoAndRanksMatchesAsTypedFirst() {
        people.create(details("Lee", "Marsden" + family, null, born), null, worker, true);
        people.create(details("Kim", "Marsdon" + family, null, born), null, worker, true);

        assertThat(names(people.search("marsdon" + family.toLowerCase(), null, worker, 0, 25)
                        .getContent()))
                .containsExactly("Kim Marsdon" + family, "Lee Marsden" + family);
        assertThat(names(people.search("Marsdem" + family, null, worker, 0, 25).getContent()))
                .as("one wrong letter still finds both")
                .containsExactlyInAnyOrder("Kim Marsdon" + family, "Lee Marsden" + family);
        assertThat(people.search("Zzqxw" + family.substring(0, 2), null, worker, 0, 25)
                        .getTotalElements())
                .as("a word sharing too little is no match")
                .isZero();
    }

    @Test
    void ranksWholeWordsOfTheirOwnNameFirstThenAliasesThenPartsOfWords() {
        String surname = Fixtures.uniqueLetters();
        people.create(details("Kylee", surname, null, born), null, worker, true);
        people.create(details("Lee", surname, null, born), null, worker, true);
        people.create(details("Amy", surname, "Lee", born), null, worker, true);
        people.create(details("Zak", surname, "Lee", born), null, worker, true);

        assertThat(names(people.search("lee " + surname, null, worker, 0, 25).getContent()))
                .as("whole words as typed first, in the person's own name before an alias; then part of a word")
                .containsExactly("Lee " + surname, "Amy " + surname, "Zak " + surname, "Kylee " + surname);
    }

    @Test
    void aWholeNameWordPartOfNoOtherRanksAndCountsItsPeopleAsAnyOtherSearch() {
        // A family name typed in full that is part of no other name word is read in order from its own index
        // (PersonSearch.oneWholeWord); the ranking and the total must be those of every other search.
        String surname = Fixtures.uniqueLetters();
        String elsewhere = Fixtures.uniqueLetters();
        people.create(details("Dan", surname, null, born), null, worker, true);
        people.create(details("Bea", surname, null, born), null, worker, true);
        people.create(details("Cal", "Aa" + elsewhere, surname, born), null, worker, true);
        people.create(details("Abe", surname, null, born), null, worker, true);

        var first = people.search(surname.toUpperCase(), null, worker, 0, 2);
        var second = people.search(surname, null, worker, 1, 2);
        assertThat(names(first.getContent())).containsExactly("Abe " + surname, "Bea " + surname);
        assertThat(names(second.getContent()))
                .as("their own name first, then the alias, whatever the family name")
                .containsExactly("Dan " + surname, "Cal Aa" + elsewhere);
        assertThat(first.getTotalElements()).isEqualTo(4);
        assertThat(second.getTotalElements()).isEqualTo(4);
        assertThat(people.search(surname, null, worker, 7, 2).getNumber())
                .as("a page past the last shows the last")
                .isEqualTo(1);
    }

    @Test
    void findsAPersonByTheirNewNameOnlyOnceTheyAreRenamed() {
        String oldName = Fixtures.uniqueLetters();
        String newName = Fixtures.uniqueLetters();
        Person person = people.create(details("Dee", oldName, null, born), null, worker, true);

        people.update(person.getId(), details("Dee", newName, null, born), person.getVersion(), worker);

        assertThat(names(people.search(newName, null, worker, 0, 25).getContent()))
                .containsExactly("Dee " + newName);
        assertThat(people.search(oldName, null, worker, 0, 25).getTotalElements())
                .as("the old name's words went with it")
                .isZero();
        assertThat(people.search("dee", born, worker, 0, 25).getContent())
                .extracting(PersonSummary::fullName)
                .containsOnlyOnce("Dee " + newName);
    }

    @Test
    void findsAliases() {
        assertThat(names(people.search(alias + "-alias", null, worker, 0, 25).getContent()))
                .containsExactly("Zoe " + family + "son");
    }

    @Test
    void narrowsByDateOfBirth() {
        assertThat(names(people.search(family, born, worker, 0, 25).getContent()))
                .containsExactlyInAnyOrder("Zoë Ångström" + family, "Liam " + family + "ford");
    }

    @Test
    void marksWhoTheUsersTeamHasACaseWith() {
        var results = people.search(family, born, worker, 0, 25).getContent();
        assertThat(results)
                .filteredOn(PersonSummary::inScope)
                .extracting(PersonSummary::fullName)
                .containsExactly("Zoë Ångström" + family);
    }

    @Test
    void findsByIdentifierTypedInAnyAcceptedForm() {
        int serial = 9_000_000 + (int) (Math.abs(family.hashCode()) % 900_000);
        String pnc = PncId.withCheckLetter(2012, serial);
        String nhs = NhsNumber.withCheckDigit(String.valueOf(700_000_000 + serial / 3 * 3))
                .or(() -> NhsNumber.withCheckDigit(String.valueOf(700_000_001 + serial / 3 * 3)))
                .orElseThrow();
        Person person = people.create(
                Fixtures.details()
                        .named("Dean", family + "id")
                        .born(born)
                        .sex(StatedSex.MALE)
                        .pncId(pnc)
                        .nhsNumber(nhs)
                        .build(),
                new PersonService.CustodyNumber(42L, "WY" + family + "07"),
                worker,
                true);

        String shortPnc = pnc.substring(2, 5) + pnc.substring(5).replaceFirst("^0+", "");
        assertThat(PncId.normalise(shortPnc, Year.now().getValue())).contains(pnc);
        assertThat(ids(people.search(shortPnc.toLowerCase(), null, worker, 0, 25)
                        .getContent()))
                .containsExactly(person.getId());
        for (String written : List.of(pnc.replace("/", ""), shortPnc.replace("/", ""))) {
            assertThat(ids(people.search(written, null, worker, 0, 25).getContent()))
                    .as(written)
                    .containsExactly(person.getId());
        }
        String spacedNhs = nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
        assertThat(ids(people.search(spacedNhs, null, worker, 0, 25).getContent()))
                .containsExactly(person.getId());
        assertThat(ids(people.search(("wy" + family + "07").toLowerCase(), null, worker, 0, 25)
                        .getContent()))
                .containsExactly(person.getId());
    }

    @Test
    void anSfNumberAndTheFingerprintCroNumberWithTheSameDigitsAreTwoPeople() {
        int serial = 100_000 + Math.abs(family.hashCode()) % 800_000;
        String fingerprint = CroNumber.withCheckLetter(serial, 9);
        String sf = CroNumber.withoutFingerprints(serial, 9);
        Person fingerprinted = people.create(
                Fixtures.details()
                        .named("Ada", family + "fp")
                        .born(born)
                        .sex(StatedSex.FEMALE)
                        .croNumber(fingerprint)
                        .build(),
                null,
                worker,
                true);
        Person withoutFingerprints = people.create(
                Fixtures.details()
                        .named("Bea", family + "sf")
                        .born(born)
                        .sex(StatedSex.FEMALE)
                        .croNumber(sf)
                        .build(),
                null,
                worker,
                true);

        assertThat(ids(people.search(fingerprint, null, worker, 0, 25).getContent()))
                .containsExactly(fingerprinted.getId());
        String sfWithoutPadding = "sf09" + serial + sf.charAt(sf.length() - 1);
        assertThat(ids(people.search(sfWithoutPadding, null, worker, 0, 25).getContent()))
                .containsExactly(withoutFingerprints.getId());
    }

    @Test
    void paginatesInTheDatabase() {
        var firstPage = people.search(family, null, worker, 0, 2);
        var secondPage = people.search(family, null, worker, 1, 2);
        assertThat(firstPage.getTotalElements()).isEqualTo(3);
        assertThat(firstPage.getContent()).hasSize(2);
        assertThat(secondPage.getContent()).hasSize(1);
        assertThat(ids(firstPage.getContent())).doesNotContainAnyElementsOf(ids(secondPage.getContent()));
        assertThat(secondPage.getTotalElements()).isEqualTo(3);
    }

    @Test
    void aPagePastTheLastShowsTheLastPage() {
        // The rows of a page carry the total; a page past the last has no rows, so the total is counted on its own
        // and the last page shown instead.
        var pastTheEnd = people.search(family, null, worker, 5, 2);
        assertThat(pastTheEnd.getNumber()).isEqualTo(1);
        assertThat(pastTheEnd.getContent()).hasSize(1);
        assertThat(pastTheEnd.getTotalElements()).isEqualTo(3);
    }

    @Test
    void emptySearchFindsNobody() {
        assertThat(people.search("  ", null, worker, 0, 25).getTotalElements()).isZero();
        assertThat(people.search("Nobody" + family + "xyz", null, worker, 0, 25).getTotalElements())
                .isZero();
    }

    private static PersonDetails details(String given, String familyName, String otherNames, LocalDate dateOfBirth) {
        return Fixtures.details()
                .named(given, familyName)
                .born(dateOfBirth)
                .sex(StatedSex.FEMALE)
                .alias(otherNames)
                .build();
    }

    private static List<String> names(List<PersonSummary> results) {
        return results.stream().map(PersonSummary::fullName).toList();
    }

    private static List<Long> ids(List<PersonSummary> results) {
        return results.stream().map(PersonSummary::id).toList();
    }
}
