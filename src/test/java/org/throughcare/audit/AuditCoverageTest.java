package org.throughcare.audit;

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
import org.throughcare.person.identifier.CroNumber;
import org.throughcare.person.identifier.NhsNumber;
import org.throughcare.person.identifier.PncId;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Searches and refused views are in the audit trail too, and no change is ever refused because of its audit line. */
@IntegrationTest
@Import(Fixtures.class)
class AuditCoverageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    PersonService people;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser worker;
    String family;
    Person person;

    @BeforeEach
    void setUp() {
        worker = data.user(Role.CUSTODY_WORKER, "West Yorkshire");
        family = Fixtures.uniqueLetters();
        person = people.create(Fixtures.person("Robin", family, LocalDate.of(1980, 1, 1)), null, worker, false);
    }

    @Test
    void aSearchIsAuditedWithWhatWasAskedAndHowManyWereFound() throws Exception {
        mvc.perform(get("/people").param("q", family).with(user(worker)));
        mvc.perform(get("/people")
                .param("q", family)
                .param("dob.day", "1")
                .param("dob.month", "1")
                .param("dob.year", "1980")
                .with(user(worker)));

        assertThat(events(worker, AuditAction.SEARCH))
                .extracting(AuditEvent::getSummary)
                .containsExactly(
                        "Searched for \"" + family + "\" date of birth 1980-01-01: 1 person",
                        "Searched for \"" + family + "\": 1 person");
    }

    @Test
    void aRefusedRecordIsAudited() throws Exception {
        SignedInUser elsewhere = data.user(Role.PROBATION_OFFICER, "Kent");
        mvc.perform(get("/people/" + person.getId()).with(user(elsewhere)));

        assertThat(events(elsewhere, AuditAction.ACCESS_REFUSED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getRecordType()).isEqualTo("Person");
                    assertThat(event.getRecordId()).isEqualTo(String.valueOf(person.getId()));
                });
        assertThat(events(elsewhere, AuditAction.VIEW)).isEmpty();
    }

    @Test
    void aRefusedPageIsAudited() throws Exception {
        MvcResult refused = mvc.perform(get("/admin/users").with(user(worker))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);

        Long caseId = jdbc.queryForObject("select id from person_case where person_id = ?", Long.class, person.getId());
        SignedInUser elsewhere = data.user(Role.CUSTODY_WORKER, "Kent");
        assertThat(mvc.perform(get("/cases/" + caseId).with(user(elsewhere)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        assertThat(events(worker, AuditAction.ACCESS_REFUSED))
                .extracting(AuditEvent::getSummary)
                .containsExactly("GET /admin/users: not allowed");
        assertThat(events(elsewhere, AuditAction.ACCESS_REFUSED))
                .extracting(AuditEvent::getSummary)
                .containsExactly("GET /cases/" + caseId + ": not allowed");
    }

    /** Every field at its longest, changed to something else at its longest: the change and its audit line are saved. */
    @Test
    void anEditOfEveryFieldAtItsLongestIsSaved() throws Exception {
        MvcResult first = edit('a');
        assertThat(first.getResponse().getStatus()).as(() -> errors(first)).isEqualTo(302);
        MvcResult second = edit('b');
        assertThat(second.getResponse().getStatus()).as(() -> errors(second)).isEqualTo(302);

        String summary = events(worker, AuditAction.UPDATE).get(0).getSummary();
        assertThat(summary.length()).isGreaterThan(2000);
        assertThat(summary).contains("b".repeat(300));
    }

    private MvcResult edit(char letter) throws Exception {
        Document form = Jsoup.parse(
                mvc.perform(get("/people/" + person.getId() + "/edit").with(user(worker)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        String version = form.select("input[name=version]").val();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String nhs;
        do {
            nhs = NhsNumber.withCheckDigit(String.valueOf(100_000_000 + random.nextInt(800_000_000)))
                    .orElse(null);
        } while (nhs == null);
        MockHttpServletRequestBuilder request = post("/people/" + person.getId() + "/edit")
                .param("version", version)
                .param(
                        "givenName",
                        Character.toUpperCase(letter) + String.valueOf(letter).repeat(99))
                .param("familyName", family + String.valueOf(letter).repeat(100 - family.length()))
                .param("otherNames", String.valueOf(letter).repeat(300))
                .param("dateOfBirth.day", "1")
                .param("dateOfBirth.month", "1")
                .param("dateOfBirth.year", "1980")
                .param("statedSex", letter == 'a' ? "MALE" : "FEMALE")
                .param("genderIdentity", letter == 'a' ? "MALE" : "NON_BINARY")
                .param("ethnicity", letter == 'a' ? "WHITE_BRITISH" : "OTHER_ANY")
                .param("pncId", PncId.withCheckLetter(2000 + random.nextInt(20), random.nextInt(9_999_999)))
                .param("croNumber", CroNumber.withCheckLetter(random.nextInt(999_999), 10 + random.nextInt(80)))
                .param("crn", "X" + (100_000 + random.nextInt(899_999)))
                .param("nhsNumber", nhs)
                .param("prisonNumber", "A" + (1000 + random.nextInt(8999)) + "BC")
                .param("addressLine1", String.valueOf(letter).repeat(120))
                .param("addressLine2", String.valueOf(letter).repeat(120))
                .param("town", String.valueOf(letter).repeat(80))
                .param("postcode", letter == 'a' ? "LS1 4AP" : "BD1 1AA")
                .param("housingStatus", letter == 'a' ? "SETTLED" : "NO_FIXED_ABODE")
                .param("dependentChildren", letter == 'a' ? "0" : "30")
                .param("childcareResponsibility", "true")
                .param("firstLanguage", String.valueOf(letter).repeat(60))
                .param("interpreterNeeded", "true")
                .param("injectingStatus", letter == 'a' ? "NEVER" : "CURRENT")
                .param("primarySubstance", letter == 'a' ? "HEROIN" : "CRACK_COCAINE")
                .param("primaryRoute", "SMOKE");
        for (String substance : List.of(
                "METHADONE_ILLICIT",
                "OTHER_OPIATES",
                "POWDER_COCAINE",
                "AMPHETAMINES",
                "ECSTASY",
                "BENZODIAZEPINES",
                "CANNABIS",
                "ALCOHOL",
                "GABAPENTINOIDS",
                "OTHER")) {
            request.param("otherSubstances", substance);
        }
        for (String flag :
                List.of("OVERDOSE_HISTORY", "PREGNANCY", "RECENTLY_RELEASED", "SELF_HARM", "VIOLENCE", "CARE_LEAVER")) {
            request.param("flags", flag);
        }
        return mvc.perform(request.with(user(worker)).with(csrf())).andReturn();
    }

    private static String errors(MvcResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString())
                    .select(".govuk-error-summary")
                    .text();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AuditEvent> events(SignedInUser actor, AuditAction action) {
        return audit.search(new AuditQuery(actor.username(), null, null, null, null), 0, 100).stream()
                .filter(event -> event.getAction() == action)
                .toList();
    }
}
