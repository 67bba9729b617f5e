package org.throughcare.person;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.identifier.NhsNumber;
import org.throughcare.person.identifier.PncId;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Merging two records of one person, on PostgreSQL: what moves, what is refused, and where the old record leads. */
@IntegrationTest
@Import(Fixtures.class)
class PersonMergeIntegrationTest {

    @Autowired
    PersonMerge merges;

    @Autowired
    PersonService people;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    SignedInUser worker;
    String family;
    int serial;

    @BeforeEach
    void setUp() {
        worker = data.user(Role.CUSTODY_WORKER, "West Yorkshire");
        family = Fixtures.uniqueLetters();
        serial = 2_000_000 + Math.abs(family.hashCode()) % 7_000_000;
    }

    @Test
    void theSurvivorTakesTheIdentifiersCasesAndCustodyRecordNumbersAndTheMergedRecordPointsToIt() {
        String pnc = PncId.withCheckLetter(2016, serial);
        Person duplicate = people.create(
                Fixtures.details()
                        .named("Jo", family)
                        .born(LocalDate.of(1988, 4, 9))
                        .pncId(pnc)
                        .build(),
                new PersonService.CustodyNumber(data.forceId("West Yorkshire"), "WY" + family),
                worker,
                true);
        String nhs =
                NhsNumber.withCheckDigit(String.valueOf(600_000_000L + serial)).orElse(null);
        Person survivor = people.create(
                Fixtures.details()
                        .named("Joanne", family)
                        .born(LocalDate.of(1988, 4, 9))
                        .nhsNumber(nhs)
                        .build(),
                null,
                worker,
                true);

        merges.merge(duplicate.getId(), survivor.getId(), "Same PNC print, recorded twice", worker);

        assertThat(jdbc.queryForMap(
                        "select pnc_id, nhs_number, merged_into_id from person where id = ?", survivor.getId()))
                .containsEntry("pnc_id", pnc)
                .containsEntry("nhs_number", nhs)
                .containsEntry("merged_into_id", null);
        assertThat(jdbc.queryForMap(
                        "select pnc_id, merged_into_id, merged_by, merge_reason from person where id = ?",
                        duplicate.getId()))
                .containsEntry("pnc_id", null)
                .containsEntry("merged_into_id", survivor.getId())
                .containsEntry("merged_by", worker.username())
                .containsEntry("merge_reason", "Same PNC print, recorded twice");
        assertThat(jdbc.queryForObject(
                        "select person_id from custody_record_number where number = ?", Long.class, "WY" + family))
                .isEqualTo(survivor.getId());
        assertThat(jdbc.queryForList(
                        "select closed_at is null from person_case where person_id = ? order by id",
                        Boolean.class,
                        survivor.getId()))
                .as("both cases move; the duplicate's open case for the same team is closed")
                .containsExactly(false, true);
        assertThat(jdbc.queryForList(
                        "select summary from audit_event where record_type = 'Person' and record_id in (?, ?)"
                                + " and summary like '%merged%' or summary like 'Merged%' and record_id in (?, ?)",
                        String.class,
                        String.valueOf(duplicate.getId()),
                        String.valueOf(survivor.getId()),
                        String.valueOf(duplicate.getId()),
                        String.valueOf(survivor.getId())))
                .hasSize(2);
        assertThat(people.search(pnc, null, worker, 0, 25).getContent())
                .extracting(PersonSummary::id)
                .containsExactly(survivor.getId());
        assertThat(people.search(family, null, worker, 0, 25).getContent())
                .extracting(PersonSummary::id)
                .as("the merged record is left out of searches")
                .containsExactly(survivor.getId());
        assertThat(merges.mergedInto(survivor.getId()))
                .extracting(Person::getId)
                .containsExactly(duplicate.getId());
    }

    @Test
    void recordsWithDifferentIdentifiersAreNotMerged() {
        Person one = people.create(
                Fixtures.details()
                        .named("Sam", family)
                        .pncId(PncId.withCheckLetter(2015, serial))
                        .build(),
                null,
                worker,
                true);
        Person two = people.create(
                Fixtures.details()
                        .named("Sam", family + "x")
                        .pncId(PncId.withCheckLetter(2017, serial))
                        .build(),
                null,
                worker,
                true);

        assertThatThrownBy(() -> merges.merge(one.getId(), two.getId(), "Looks the same", worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("different PNC ID")
                .hasMessageContaining("may be two people");
        assertThatThrownBy(() -> merges.merge(one.getId(), one.getId(), "Itself", worker))
                .isInstanceOf(RuleViolationException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where id in (?, ?) and merged_into_id is null",
                        Integer.class,
                        one.getId(),
                        two.getId()))
                .isEqualTo(2);
    }

    @Test
    void aWorkerMergesOnlyRecordsTheirTeamMayOpen() {
        SignedInUser elsewhere = data.user(Role.CUSTODY_WORKER, "Merseyside");
        Person mine = data.person(worker, Fixtures.details().named("Kit", family));
        Person theirs = data.person(elsewhere, Fixtures.details().named("Kit", family + "y"));

        assertThatThrownBy(() -> merges.merge(theirs.getId(), mine.getId(), "Same", worker))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMergePagesCompareBothRecordsAndTheOldRecordLeadsToTheSurvivor() throws Exception {
        Person duplicate = data.person(worker, Fixtures.details().named("Ash", family));
        Person survivor = data.person(worker, Fixtures.details().named("Ashley", family));
        String url = "/people/" + duplicate.getId() + "/merge/" + survivor.getId();

        Document compare = Jsoup.parse(mvc.perform(get(url).with(user(worker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(compare.select("table tbody tr").first().text())
                .isEqualTo("Name Ash " + family + " Ashley " + family);

        Document missing = Jsoup.parse(mvc.perform(post(url).with(user(worker)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(missing.title()).startsWith("Error: Merge two records");
        assertThat(missing.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#survivorId", "#reason");

        mvc.perform(post(url)
                        .param("survivorId", survivor.getId().toString())
                        .param("reason", "Recorded twice at custody")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + survivor.getId()));

        mvc.perform(get("/people/" + duplicate.getId()).with(user(worker)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + survivor.getId()));
        Document survivorPage =
                Jsoup.parse(mvc.perform(get("/people/" + survivor.getId()).with(user(worker)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(survivorPage.select("main").text())
                .contains("Records merged into this one")
                .contains("Ash " + family)
                .contains("Recorded twice at custody");

        mvc.perform(get(url).with(user(data.user(Role.MANAGER, "West Yorkshire"))))
                .andExpect(status().isForbidden());
    }
}
