package org.throughcare.person;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person page's "add a custody record number" form and the person edit form: success, error and role
 * check. Same context as PersonControllerTest.
 */
@IntegrationTest
@Import(Fixtures.class)
class PersonFormsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonService people;

    SignedInUser worker;
    SignedInUser manager;
    String family;
    Person person;
    Long westYorkshirePolice;

    @BeforeEach
    void setUp() {
        worker = data.user(Role.CUSTODY_WORKER, "West Yorkshire");
        manager = data.user(Role.MANAGER, "West Yorkshire");
        family = Fixtures.uniqueLetters();
        person = people.create(Fixtures.person("Casey", family, LocalDate.of(1988, 4, 9)), null, worker, false);
        westYorkshirePolice = jdbc.queryForObject(
                "select id from area where name = 'West Yorkshire' " + "and kind = 'POLICE_FORCE_AREA'", Long.class);
    }

    // --- add a custody record number ----------------------------------------------------------------

    @Test
    void addsACustodyRecordNumberAndShowsItOnThePersonPage() throws Exception {
        String number = "WY" + Fixtures.unique();
        mvc.perform(addNumber(" " + number + " ", westYorkshirePolice).with(user(worker)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + person.getId() + "#custody-record-numbers"))
                .andExpect(flash().attribute("successMessage", "Custody record number added"));

        assertThat(jdbc.queryForList(
                        "select number from custody_record_number where person_id = ? and force_id = ?",
                        String.class,
                        person.getId(),
                        westYorkshirePolice))
                .containsExactly(number);
        Document page = page(get("/people/" + person.getId()), worker);
        assertThat(page.select("table:has(caption:contains(Custody record numbers))")
                        .text())
                .contains(number);
    }

    @Test
    void theAddPageAsksForTheNumberAndTheForceAndIsLinkedFromThePersonPage() throws Exception {
        Document personPage = page(get("/people/" + person.getId()), worker);
        assertThat(personPage.select("a[href=/people/" + person.getId() + "/custody-record-numbers/new]"))
                .hasSize(1);
        assertThat(personPage.select("select[name=forceId]")).isEmpty();

        Document form = page(get("/people/" + person.getId() + "/custody-record-numbers/new"), worker);
        assertThat(form.title()).startsWith("Add a custody record number");
        assertThat(form.select(".govuk-caption-l").text()).isEqualTo(person.fullName());
        assertThat(form.select("form[action=/people/" + person.getId() + "/custody-record-numbers] input[name=number]"))
                .hasSize(1);
        assertThat(form.select("select[name=forceId] option[value=" + westYorkshirePolice + "]")
                        .text())
                .isEqualTo("West Yorkshire");
        assertThat(form.select("form[action$=/custody-record-numbers] input[name=_csrf]"))
                .hasSize(1);
    }

    @Test
    void aRefusedCustodyRecordNumberComesBackAsAnErrorMessageAndSavesNothing() throws Exception {
        String number = "WY" + Fixtures.unique();
        Person other = people.create(
                Fixtures.person("Robin", Fixtures.uniqueLetters(), LocalDate.of(1979, 1, 2)), null, worker, false);
        people.addCustodyRecordNumber(
                other.getId(), new PersonService.CustodyNumber(westYorkshirePolice, number), worker);

        assertRefused(
                addNumber(number.toLowerCase(), westYorkshirePolice),
                "number",
                "Custody record number " + number.toLowerCase() + " is already recorded for this force");
        assertRefused(addNumber("   ", westYorkshirePolice), "number", "Enter the custody record number");
        assertRefused(
                addNumber(number + "X", null),
                "forceId",
                "Select the police force that gave the custody record number");
        assertRefused(
                addNumber("X".repeat(31), westYorkshirePolice),
                "number",
                "Custody record number must be 30 characters or fewer");

        assertThat(jdbc.queryForObject(
                        "select count(*) from custody_record_number where person_id = ?",
                        Integer.class,
                        person.getId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from custody_record_number where upper(number) = ?",
                        Integer.class,
                        number.toUpperCase()))
                .isEqualTo(1);
    }

    @Test
    void managersMayNotAddACustodyRecordNumber() throws Exception {
        mvc.perform(addNumber("WY" + Fixtures.unique(), westYorkshirePolice).with(user(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/" + person.getId() + "/custody-record-numbers/new")
                        .with(user(manager)))
                .andExpect(status().isForbidden());
        assertThat(page(get("/people/" + person.getId()), manager).select("a[href$=/custody-record-numbers/new]"))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from custody_record_number where person_id = ?",
                        Integer.class,
                        person.getId()))
                .isZero();
    }

    // --- edit a person ------------------------------------------------------------------------------

    @Test
    void editingSavesTheChangesAndAuditsThem() throws Exception {
        String newFamily = Fixtures.uniqueLetters();
        MultiValueMap<String, String> form = editForm();
        assertThat(form.getFirst("familyName")).isEqualTo(family);
        assertThat(form.getFirst("version")).isEqualTo("0");
        form.set("familyName", newFamily);
        form.set("town", "Wakefield");

        mvc.perform(submit(form).with(user(worker)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + person.getId()))
                .andExpect(flash().attribute("successMessage", "Changes to Casey " + newFamily + " saved"));

        Map<String, Object> row = personRow();
        assertThat(row.get("family_name")).isEqualTo(newFamily);
        assertThat(row.get("given_name")).isEqualTo("Casey");
        assertThat(row.get("town")).isEqualTo("Wakefield");
        assertThat(row.get("date_of_birth").toString()).isEqualTo("1988-04-09");
        assertThat(((Number) row.get("version")).longValue()).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select summary from audit_event where record_type = 'Person' and record_id = ? "
                                + "and action = 'UPDATE' and actor = ?",
                        String.class,
                        String.valueOf(person.getId()),
                        worker.username()))
                .singleElement()
                .asString()
                .contains("Family name: " + family + " → " + newFamily);
    }

    @Test
    void anInvalidEditShowsTheErrorSummaryAndSavesNothing() throws Exception {
        MultiValueMap<String, String> form = editForm();
        form.set("givenName", "");
        form.set("familyName", Fixtures.uniqueLetters());
        form.set("postcode", "not a postcode");

        Document page = page(submit(form), worker);
        assertThat(page.title()).isEqualTo("Error: Change personal details – Throughcare");
        assertThat(page.select(".govuk-error-summary")).hasSize(1);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#givenName", "#postcode");
        assertThat(page.select(".govuk-error-summary__list a[href=#givenName]").text())
                .isEqualTo("Enter the person's given name");
        assertThat(page.select("input#givenName")).hasSize(1);
        assertThat(page.select("input#postcode").attr("value")).isEqualTo("not a postcode");

        assertNotUpdated();
    }

    @Test
    void anEditMadeFromAStaleFormIsRefused() throws Exception {
        MultiValueMap<String, String> stale = editForm();
        String theirs = Fixtures.uniqueLetters();
        people.update(person.getId(), Fixtures.person("Casey", theirs, LocalDate.of(1988, 4, 9)), 0, worker);

        stale.set("familyName", Fixtures.uniqueLetters());
        Document page = page(submit(stale), worker);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Someone else changed this person's details while you were editing");

        Map<String, Object> row = personRow();
        assertThat(row.get("family_name")).isEqualTo(theirs);
        assertThat(((Number) row.get("version")).longValue()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Person' "
                                + "and record_id = ? and action = 'UPDATE'",
                        Integer.class,
                        String.valueOf(person.getId())))
                .isEqualTo(1);
    }

    @Test
    void managersAndWorkersOutsideTheCaseMayNotEdit() throws Exception {
        MultiValueMap<String, String> form = editForm();
        form.set("familyName", Fixtures.uniqueLetters());

        mvc.perform(get("/people/" + person.getId() + "/edit").with(user(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(submit(form).with(user(manager))).andExpect(status().isForbidden());
        SignedInUser otherTeam = data.user(Role.PROBATION_OFFICER, "Leeds");
        mvc.perform(submit(form).with(user(otherTeam))).andExpect(status().isForbidden());

        assertNotUpdated();
    }

    // --- helpers ------------------------------------------------------------------------------------

    /** What the edit page's form would send unchanged, read from the rendered page. */
    private MultiValueMap<String, String> editForm() throws Exception {
        Document page = page(get("/people/" + person.getId() + "/edit"), worker);
        FormElement form = (FormElement) page.selectFirst("form[action=/people/" + person.getId() + "/edit]");
        assertThat(form).as("the edit form").isNotNull();
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        form.formData().stream()
                .filter(kv -> !kv.key().equals("_csrf"))
                .forEach(kv -> values.add(kv.key(), kv.value()));
        return values;
    }

    private MockHttpServletRequestBuilder submit(MultiValueMap<String, String> form) {
        return post("/people/" + person.getId() + "/edit").params(form).with(csrf());
    }

    private void assertNotUpdated() {
        Map<String, Object> row = personRow();
        assertThat(row.get("family_name")).isEqualTo(family);
        assertThat(row.get("given_name")).isEqualTo("Casey");
        assertThat(((Number) row.get("version")).longValue()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Person' "
                                + "and record_id = ? and action = 'UPDATE'",
                        Integer.class,
                        String.valueOf(person.getId())))
                .isZero();
    }

    private Map<String, Object> personRow() {
        return jdbc.queryForMap("select * from person where id = ?", person.getId());
    }

    private MockHttpServletRequestBuilder addNumber(String number, Long forceId) {
        MockHttpServletRequestBuilder request = post("/people/" + person.getId() + "/custody-record-numbers")
                .param("number", number)
                .with(csrf());
        return forceId == null ? request : request.param("forceId", String.valueOf(forceId));
    }

    /** Refused: the form again, with the reason in the error summary and at its field, and the entry kept. */
    private void assertRefused(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
        Document page = page(request, worker);
        assertThat(page.title()).startsWith("Error: Add a custody record number");
        assertThat(page.select(".govuk-error-summary a[href=#" + field + "]").text())
                .isEqualTo(message);
        assertThat(page.select("#" + field + "-error").text()).contains(message);
    }

    private Document page(MockHttpServletRequestBuilder request, SignedInUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
