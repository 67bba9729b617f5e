package org.throughcare.dashboard;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The programme pages through MockMvc: who may open and change them, the form's errors, and post/redirect/get. */
@IntegrationTest
class ProgrammeControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    Programmes programmes;

    @Autowired
    JdbcTemplate jdbc;

    Team team;
    SignedInUser manager;

    @BeforeEach
    void setUp() {
        team = data.team("Lancashire");
        manager = data.user(Role.MANAGER, team);
    }

    @Test
    void aManagerAddsAProgrammeAndIsTakenToItsPage() throws Exception {
        String name = Fixtures.unique("Lancashire diversion");
        MvcResult added = mvc.perform(post("/programmes/new")
                        .with(user(manager))
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "POLICE_DIVERSION")
                        .param("objectives", "CRIME_REDUCTION", "LESS_HARM")
                        .param("philosophy", "HARM_REDUCTION")
                        .param("setting", "COMMUNITY")
                        .param("eligibility", "Adults arrested in Lancashire")
                        .param("fundingSource", "Police and Crime Commissioner")
                        .param("fundedFrom.day", "1")
                        .param("fundedFrom.month", "4")
                        .param("fundedFrom.year", "2026")
                        .param("fundedTo.day", "31")
                        .param("fundedTo.month", "3")
                        .param("fundedTo.year", "2028")
                        .param("teamIds", team.getId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/programmes/*"))
                .andReturn();

        Document page =
                page(mvc.perform(get(added.getResponse().getRedirectedUrl()).with(user(manager)))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.select(".govuk-summary-list__row:contains(Funding period) dd")
                        .first()
                        .text())
                .isEqualTo("1 April 2026 to 31 March 2028");
        assertThat(page.select("#success-factors + p + div table tbody tr")).hasSize(12);
        assertThat(page.select("h3").eachText())
                .contains("Throughputs: testing on arrest", "Outcomes: change between outcome reviews");
        assertThat(page.select("a:contains(Change the description)")).hasSize(1);
    }

    @Test
    void anIncompleteFormComesBackWithItsErrorsAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from programme", Long.class);
        Document page = page(mvc.perform(post("/programmes/new")
                        .with(user(manager))
                        .with(csrf())
                        .param("name", "Half described")
                        .param("kind", "NOT_A_KIND")
                        .param("fundedFrom.day", "1")
                        .param("fundedFrom.month", "4")
                        .param("fundedFrom.year", "2026")
                        .param("fundedTo.day", "31")
                        .param("fundedTo.month", "2")
                        .param("fundedTo.year", "2026"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly(
                        "Select an option from the list",
                        "Select at least one objective",
                        "Select the treatment philosophy",
                        "Select where treatment happens",
                        "Enter who is eligible for the programme",
                        "Enter who funds the programme",
                        "End of the funding period must be a real date",
                        "Select at least one team whose cases it covers");
        assertThat(page.select("#name").attr("value")).isEqualTo("Half described");
        assertThat(jdbc.queryForObject("select count(*) from programme", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aProbationOfficerIsRefusedAndAnAdministratorReadsButCannotChange() throws Exception {
        Programme programme = programmes.create(
                ProgrammesIntegrationTest.details(Fixtures.unique("Read"), Set.of(team.getId())), manager);
        SignedInUser officer = data.user(Role.PROBATION_OFFICER, team);
        SignedInUser admin = data.user(Role.ADMIN, team);

        mvc.perform(get("/programmes").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/" + programme.getId()).with(user(officer))).andExpect(status().isForbidden());
        Document read = page(mvc.perform(get("/programmes/" + programme.getId()).with(user(admin)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(read.select("a:contains(Change the description)")).isEmpty();
        assertThat(read.select("a:contains(Remove)")).isEmpty();
        mvc.perform(get("/programmes/" + programme.getId() + "/edit").with(user(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programmes/" + programme.getId() + "/partners/new")
                        .with(user(manager))
                        .with(csrf().useInvalidToken())
                        .param("agency", "No token")
                        .param("sector", "POLICE")
                        .param("responsibilities", "Never saved"))
                .andExpect(status().isForbidden());
        assertThat(programmes.partners(programme.getId(), manager)).isEmpty();
        SignedInUser otherManager = data.user(Role.MANAGER, data.team("Durham"));
        mvc.perform(get("/programmes/" + programme.getId()).with(user(otherManager)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/" + programme.getId() + "/success-factors/no-such-factor")
                        .with(user(manager)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSelfAssessmentWithAPastReviewDateIsShownAgainWithTheError() throws Exception {
        Programme programme = programmes.create(
                ProgrammesIntegrationTest.details(Fixtures.unique("Assess"), Set.of(team.getId())), manager);
        Document page = page(mvc.perform(post("/programmes/" + programme.getId() + "/success-factors/training")
                        .with(user(manager))
                        .with(csrf())
                        .param("rating", "PARTLY")
                        .param("evidence", "Half the court staff trained")
                        .param("reviewOn.day", "1")
                        .param("reviewOn.month", "1")
                        .param("reviewOn.year", "2026"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#reviewOn-error").text()).contains("The date of the next review must be in the future");

        mvc.perform(post("/programmes/" + programme.getId() + "/success-factors/training")
                        .with(user(manager))
                        .with(csrf())
                        .param("rating", "PARTLY")
                        .param("evidence", "Half the court staff trained")
                        .param("reviewOn.day", "1")
                        .param("reviewOn.month", "1")
                        .param("reviewOn.year", "2027"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/programmes/*"));
        Document shown =
                page(mvc.perform(get("/programmes/" + programme.getId()).with(user(manager)))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(shown.select("tr:contains(Regular training)").text())
                .contains("Partly in place", "Half the court staff trained", "1 January 2027");
    }

    @Test
    void removingAPartnerAsksFirstThenRemovesIt() throws Exception {
        Programme programme = programmes.create(
                ProgrammesIntegrationTest.details(Fixtures.unique("Remove"), Set.of(team.getId())), manager);
        ProgrammePartner partner = programmes.addPartner(
                programme.getId(), "Lancashire Police", PartnerSector.POLICE, "Tests on arrest", null, null, manager);
        String remove = "/programmes/" + programme.getId() + "/partners/" + partner.getId() + "/remove";

        Document confirm = page(mvc.perform(get(remove).with(user(manager)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(confirm.select("h1").text()).isEqualTo("Remove Lancashire Police as a partner?");
        assertThat(programmes.partners(programme.getId(), manager)).hasSize(1);

        mvc.perform(post(remove).with(user(manager)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/programmes/*"));
        assertThat(programmes.partners(programme.getId(), manager)).isEmpty();
        mvc.perform(get(remove).with(user(manager))).andExpect(status().isNotFound());
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
