package org.throughcare.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.person.Person;
import org.throughcare.person.PersonService;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Input that once answered 500 now gets a clear answer and saves nothing it should not: control characters,
 * numbers the database refuses, ids that do not exist or are not allowed, list indexes beyond the form,
 * values that are not among the choices, the same thing created twice at once, /error itself, and page
 * numbers beyond the last page.
 */
@IntegrationTest
@Import(Fixtures.class)
class NoServerErrorTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    PersonService people;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser worker;
    String family;

    @BeforeEach
    void setUp() {
        worker = data.user(Role.CUSTODY_WORKER, "West Yorkshire");
        family = Fixtures.uniqueLetters();
    }

    @Test
    void aNulCharacterInAnyTextIsRemovedNotRefusedByTheDatabase() throws Exception {
        MvcResult created = mvc.perform(newPerson("Ca\u0000sey", family)
                        .param("statedSex", "FEMALE")
                        .param("otherNames", "Al\u0000ias")
                        .with(user(worker))
                        .with(csrf()))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select given_name || '/' || other_names from person where family_name = ?",
                        String.class,
                        family))
                .isEqualTo("Casey/Alias");

        MvcResult search = mvc.perform(get("/people").param("q", "a\u0000b").with(user(worker)))
                .andReturn();
        assertThat(search.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aNumberTheDatabaseWouldRefuseIsAFieldError() throws Exception {
        Document page =
                page(newPerson("Casey", family).param("statedSex", "FEMALE").param("dependentChildren", "99"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#dependentChildren-error").text())
                .contains("Number of dependent children must be a whole number from 0 to 30");
        assertThat(count(family)).isZero();
    }

    @Test
    void aForceThatDoesNotExistOrIsNoPoliceForceIsRefused() throws Exception {
        Person person = people.create(Fixtures.person("Robin", family, LocalDate.of(1980, 1, 1)), null, worker, false);
        for (String force : List.of("-1", "999999", "101", "x", "2147483648")) {
            MvcResult result = mvc.perform(post("/people/" + person.getId() + "/custody-record-numbers")
                            .param("forceId", force)
                            .param("number", "WY" + Fixtures.unique())
                            .with(user(worker))
                            .with(csrf()))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(force).isEqualTo(200);
            assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                            .select("#forceId-error")
                            .text())
                    .as(force)
                    .containsAnyOf(
                            "Select the police force that gave the custody record number",
                            "Select an option from the list");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from custody_record_number where person_id = ?", Long.class, person.getId()))
                .isZero();
    }

    @Test
    void aTransferDestinationThatIsNotOnTheListIsAFieldError() throws Exception {
        Person person = people.create(Fixtures.person("Robin", family, LocalDate.of(1980, 1, 1)), null, worker, false);
        Long caseId = jdbc.queryForObject("select id from person_case where person_id = ?", Long.class, person.getId());
        Long adminTeam = data.team("Leeds").getId();
        data.user(Role.ADMIN, data.team("Leeds"));
        for (String destination :
                List.of("999999", "-1", "2147483648", ":", "1:2:3", adminTeam.toString(), "99999999999999999999")) {
            Document page = page(post("/cases/" + caseId + "/transfer").param("destination", destination));
            assertThat(page.select("#destination-error").text())
                    .as(destination)
                    .contains("Select who the case is going to");
        }
        assertThat(jdbc.queryForObject("select count(*) from case_transfer where case_id = ?", Long.class, caseId))
                .isZero();
    }

    @Test
    void listIndexesBeyondTheFormAreABadRequestAndSaveNothing() throws Exception {
        for (String[] tampered : new String[][] {{"flags[5000]", "PREGNANCY"}, {"otherSubstances[300]", "HEROIN"}}) {
            MvcResult result = mvc.perform(newPerson("Casey", family)
                            .param("statedSex", "FEMALE")
                            .param(tampered[0], tampered[1])
                            .with(user(worker))
                            .with(csrf()))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(tampered[0]).isEqualTo(400);
            assertThat(result.getResponse().getContentAsString()).contains("There is a problem with that request");
        }
        assertThat(count(family)).isZero();
    }

    @Test
    void emptyChoicesAndPathsThatLeadNowhereAreIgnored() throws Exception {
        MvcResult result = mvc.perform(newPerson("Casey", family)
                        .param("statedSex", "FEMALE")
                        .param("flags", "")
                        .param("otherSubstances", "", "CANNABIS")
                        .param("dateOfBirth.extra.deep", "1")
                        .with(user(worker))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        Long id = jdbc.queryForObject("select id from person where family_name = ?", Long.class, family);
        assertThat(jdbc.queryForObject("select count(*) from person_flag where person_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForList("select substance from person_substance where person_id = ?", String.class, id))
                .containsExactly("CANNABIS");
    }

    @Test
    void aValueThatIsNotAChoiceSaysSoInWords() throws Exception {
        Document page = page(newPerson("Casey", family).param("statedSex", "ROBOT"));
        assertThat(page.select("#statedSex-error").text())
                .contains("Select an option from the list")
                .doesNotContain("java.lang", "Failed to convert");
        assertThat(count(family)).isZero();
    }

    @Test
    void openingTheSameCaseTenTimesAtOnceOpensOne() throws Exception {
        Person person = people.create(Fixtures.person("Robin", family, LocalDate.of(1980, 1, 1)), null, worker, false);
        SignedInUser probation = data.user(Role.PROBATION_OFFICER, "Leeds");
        List<Integer> statuses = tenAtOnce(() -> mvc.perform(post("/people/" + person.getId() + "/cases")
                        .param("reason", "COURT_ALLOCATION")
                        .with(user(probation))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus());
        assertThat(statuses).allMatch(status -> status == 302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from person_case where person_id = ? and team_id = ? "
                                + "and closed_at is null",
                        Long.class,
                        person.getId(),
                        probation.teamId()))
                .isEqualTo(1);
    }

    @Test
    void addingTheSameCustodyRecordNumberTenTimesAtOnceAddsOne() throws Exception {
        Person person = people.create(Fixtures.person("Robin", family, LocalDate.of(1980, 1, 1)), null, worker, false);
        Long force = jdbc.queryForObject(
                "select id from area where name = 'West Yorkshire' and kind = 'POLICE_FORCE_AREA'", Long.class);
        String number = "WY" + Fixtures.unique();
        List<Integer> statuses =
                tenAtOnce(() -> mvc.perform(post("/people/" + person.getId() + "/custody-record-numbers")
                                .param("forceId", force.toString())
                                .param("number", number)
                                .with(user(worker))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus());
        // The first adds it; the others see it already recorded (the form again) or lose the race (409).
        assertThat(statuses).allMatch(status -> status == 302 || status == 200 || status == 409);
        assertThat(statuses).contains(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from custody_record_number where upper(number) = ?",
                        Long.class,
                        number.toUpperCase()))
                .isEqualTo(1);
    }

    @Test
    void errorItselfIsAPageThatDoesNotExist() throws Exception {
        MvcResult result =
                mvc.perform(get("/error").header("Accept", "application/json")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(result.getResponse().getContentAsString())
                .contains("Page not found")
                .doesNotContain("\"status\"");
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPage() throws Exception {
        people.create(Fixtures.person("Robin", family, LocalDate.of(1980, 1, 1)), null, worker, false);
        Document page = page(get("/people").param("q", family).param("page", "100000"));
        assertThat(page.text()).contains("Showing 1 to 1 of 1 result").contains("Robin " + family);
        Document caseload = page(get("/caseload").param("page", "2147483647"));
        assertThat(caseload.text()).contains("Showing 1 to 1 of 1 result");
    }

    private List<Integer> tenAtOnce(Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(pool.submit(request));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private MockHttpServletRequestBuilder newPerson(String givenName, String familyName) {
        return post("/people/new")
                .param("givenName", givenName)
                .param("familyName", familyName)
                .param("dateOfBirth.day", "9")
                .param("dateOfBirth.month", "4")
                .param("dateOfBirth.year", "1988");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(user(worker)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private long count(String familyName) {
        return jdbc.queryForObject("select count(*) from person where family_name = ?", Long.class, familyName);
    }
}
