package org.throughcare.person;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.person.identifier.CroNumber;
import org.throughcare.person.identifier.NhsNumber;
import org.throughcare.person.identifier.PncId;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class PersonControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonService people;

    SignedInUser worker;
    String family;

    @BeforeEach
    void setUp() {
        worker = data.user(Role.CUSTODY_WORKER, "West Yorkshire");
        family = Fixtures.uniqueLetters();
    }

    @Test
    void addsAPersonAndOpensTheirRecord() throws Exception {
        mvc.perform(form(family).param("nhsNumber", "").param("pncId", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/people/*"))
                .andExpect(flash().attribute(
                                "successMessage", "Casey " + family + " added. Your team now has a case with them."));
        assertThat(count(family)).isEqualTo(1);
    }

    @Test
    void identifiersTypedAsThePncWritesThemAreStoredAndShownCanonically() throws Exception {
        int serial = 1_000_000 + Math.abs(family.hashCode()) % 8_000_000;
        String pnc = PncId.withCheckLetter(2014, serial);
        String pncAsPrinted = "14" + serial + pnc.charAt(pnc.length() - 1);
        String sf = CroNumber.withoutFingerprints(serial % 1_000_000, 9);
        String sfAsWritten = sf.replace("/", "").toLowerCase();

        String location = mvc.perform(form(family).param("pncId", pncAsPrinted).param("croNumber", sfAsWritten))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(jdbc.queryForList(
                        "select pnc_id || ' ' || cro_number from person where family_name = ?", String.class, family))
                .containsExactly(pnc + " " + sf);
        Document page = html(mvc.perform(get(location).with(user(worker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-summary-list__row:contains(PNC ID) dd").text())
                .isEqualTo(pnc);
        assertThat(page.select(".govuk-summary-list__row:contains(CRO number) dd")
                        .text())
                .isEqualTo(sf + " (SF number: record made without fingerprints)");
    }

    @Test
    void aSectionOfTheRecordHasAPageOfItsOwnWithTheSameAccessAndAudit() throws Exception {
        String location = mvc.perform(form(family))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String personId = location.substring(location.lastIndexOf('/') + 1);
        Document personPage = html(mvc.perform(get(location).with(user(worker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        // The person page summarises the custody section and links to it in full.
        assertThat(personPage.select("#custody ~ dl").text()).contains("Drug tests in custody None recorded");
        assertThat(personPage.select("a[href=" + location + "/timeline]")).hasSize(1);
        int viewsBefore = views(personId);

        Document section = html(mvc.perform(get(location + "/custody").with(user(worker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(section.title()).startsWith("Custody: Casey " + family);
        assertThat(section.select("h1").text()).isEqualTo("Custody");
        assertThat(section.select(".govuk-caption-l").text()).isEqualTo("Casey " + family);
        assertThat(section.select(".govuk-back-link").attr("href")).isEqualTo(location);
        assertThat(section.select("main").text()).contains("No drug tests in custody recorded.");
        assertThat(views(personId)).isEqualTo(viewsBefore + 1);

        mvc.perform(get(location + "/no-such-section").with(user(worker))).andExpect(status().isNotFound());
        SignedInUser elsewhere = data.user(Role.CUSTODY_WORKER, "Merseyside");
        mvc.perform(get(location + "/custody").with(user(elsewhere)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(location));
        assertThat(views(personId)).isEqualTo(viewsBefore + 1);
    }

    private int views(String personId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'VIEW' and record_type = 'Person' and record_id = ?",
                Integer.class,
                personId);
    }

    @Test
    void aPncIdWithTheWrongCheckLetterNamesTheFormsItAccepts() throws Exception {
        Document page = html(mvc.perform(form(family).param("pncId", "1452371N"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#pncId-error").text())
                .contains("like 2014/0052371M, 20140052371M, 14/52371M or 1452371M");
        assertThat(count(family)).isZero();
    }

    @Test
    void showsEveryProblemWithTheGovukErrorPatternAndSavesNothing() throws Exception {
        Document page = html(mvc.perform(post("/people/new")
                        .with(user(worker))
                        .with(csrf())
                        .param("givenName", "Casey")
                        .param("familyName", family)
                        .param("nhsNumber", "943 476 5910")
                        .param("pncId", "01/12345X")
                        .param("dateOfBirth.day", "31")
                        .param("dateOfBirth.month", "2")
                        .param("dateOfBirth.year", "1988"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.title()).isEqualTo("Error: Add a person – Throughcare");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#dateOfBirth", "#statedSex", "#pncId", "#nhsNumber");
        assertThat(page.select("#nhsNumber-error").text()).contains("Enter a real NHS number");
        assertThat(page.select("input#nhsNumber").attr("value")).isEqualTo("943 476 5910");
        assertThat(count(family)).isZero();
    }

    @Test
    void showsPossibleMatchesBeforeCreatingASecondRecord() throws Exception {
        people.create(Fixtures.person("Casey", family, LocalDate.of(1988, 4, 9)), null, worker, false);

        Document page = html(mvc.perform(form(family))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("caption:contains(Possible matches)")).hasSize(1);
        assertThat(page.select("table a[href^=/people/]").text()).isEqualTo("Casey " + family);
        assertThat(count(family)).isEqualTo(1);

        mvc.perform(form(family).param("notADuplicate", "true")).andExpect(status().is3xxRedirection());
        assertThat(count(family)).isEqualTo(2);
    }

    @Test
    void anIdentifierAlreadyRecordedLinksToThePersonItBelongsTo() throws Exception {
        String nhs = NhsNumber.withCheckDigit(String.valueOf(600_000_000 + Math.abs(family.hashCode() % 90_000_000)))
                .orElse("9434765919");
        Person existing = people.create(
                Fixtures.details()
                        .named("Casey", family + "a")
                        .born(LocalDate.of(1975, 1, 1))
                        .sex(StatedSex.FEMALE)
                        .nhsNumber(nhs)
                        .build(),
                null,
                worker,
                false);

        Document page = html(mvc.perform(form(family).param("nhsNumber", nhs))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#nhsNumber-error").text()).contains("already recorded for Casey " + family + "a");
        assertThat(page.select(".govuk-inset-text a").attr("href")).isEqualTo("/people/" + existing.getId());
        assertThat(count(family)).isZero();
    }

    @Test
    void anotherTeamSeesNoRecordButCanOpenACaseForTheirTeam() throws Exception {
        Person person = people.create(Fixtures.person("Casey", family, LocalDate.of(1988, 4, 9)), null, worker, false);
        SignedInUser probation = data.user(Role.PROBATION_OFFICER, "Leeds");

        Document refused = html(mvc.perform(get("/people/" + person.getId()).with(user(probation)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("h1").text()).isEqualTo("Your team has no case with this person");
        assertThat(refused.text()).doesNotContain("1988");

        Document noReason = html(mvc.perform(post("/people/" + person.getId() + "/cases")
                        .with(user(probation))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(noReason.title()).startsWith("Error: ");
        assertThat(noReason.select("#reason-error").text())
                .contains("Select why your team is starting work with this person");
        Document otherWithoutDetail = html(mvc.perform(post("/people/" + person.getId() + "/cases")
                        .with(user(probation))
                        .param("reason", "OTHER")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(otherWithoutDetail.select("#detail-error").text())
                .contains("Enter why your team is starting work with this person");

        mvc.perform(post("/people/" + person.getId() + "/cases")
                        .with(user(probation))
                        .with(csrf())
                        .param("reason", "COURT_ALLOCATION"))
                .andExpect(status().is3xxRedirection());
        Document record = html(mvc.perform(get("/people/" + person.getId()).with(user(probation)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(record.select("h1").text()).isEqualTo("Casey " + family);
    }

    @Test
    void administratorsCannotSearchOrAddPeople() throws Exception {
        SignedInUser admin = data.user(Role.ADMIN, "Leeds");
        mvc.perform(get("/people").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/people/new").with(user(admin))).andExpect(status().isForbidden());
    }

    @Test
    void managersCanSearchButNotAdd() throws Exception {
        SignedInUser manager = data.user(Role.MANAGER, "West Yorkshire");
        mvc.perform(get("/people").param("q", family).with(user(manager))).andExpect(status().isOk());
        mvc.perform(form(family).with(user(manager))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder form(String familyName) {
        return post("/people/new")
                .with(user(worker))
                .with(csrf())
                .param("givenName", "Casey")
                .param("familyName", familyName)
                .param("dateOfBirth.day", "9")
                .param("dateOfBirth.month", "4")
                .param("dateOfBirth.year", "1988")
                .param("statedSex", "FEMALE");
    }

    private int count(String familyName) {
        return jdbc.queryForObject("select count(*) from person where family_name = ?", Integer.class, familyName);
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }
}
