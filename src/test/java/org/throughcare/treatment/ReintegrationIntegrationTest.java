package org.throughcare.treatment;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reintegration needs on PostgreSQL: recorded with the action agreed, their outcome once, scope and the forms. */
@IntegrationTest
@Import(Fixtures.class)
class ReintegrationIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    ReintegrationService needs;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    SignedInUser worker;
    Person person;

    @BeforeEach
    void setUp() {
        worker = data.user(Role.PROBATION_OFFICER, "Leeds");
        person = data.person(worker);
    }

    @Test
    void aNeedIsRecordedAndItsOutcomeOnceNotBeforeItWasIdentified() {
        ReintegrationNeed need = needs.record(
                person.getId(),
                ReintegrationArea.ID,
                "No photo ID, so cannot open a bank account",
                "Apply for a provisional driving licence",
                null,
                TODAY.minusDays(10),
                worker);

        assertThatThrownBy(() -> needs.recordOutcome(need.getId(), NeedOutcome.MET, TODAY.minusDays(11), worker))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("on"));
        needs.recordOutcome(need.getId(), NeedOutcome.MET, TODAY.minusDays(1), worker);
        assertThatThrownBy(() -> needs.recordOutcome(need.getId(), NeedOutcome.NOT_MET, TODAY, worker))
                .hasMessage("The outcome of this need is already recorded: met on 16 June 2026");
        assertThat(jdbc.queryForObject(
                        "select outcome || ' ' || outcome_by from reintegration_need where id = ?",
                        String.class,
                        need.getId()))
                .isEqualTo("MET " + worker.username());
    }

    @Test
    void anotherTeamCannotReadOrRecord() {
        SignedInUser elsewhere = data.user(Role.PROBATION_OFFICER, "Merseyside");

        assertThatThrownBy(() -> needs.forPerson(person.getId(), elsewhere)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> needs.record(
                        person.getId(), ReintegrationArea.FAMILY, "Contact", "Mediation", null, TODAY, elsewhere))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFormsShowEveryProblemThenRecordAndThePersonPageShowsTheNeed() throws Exception {
        String url = "/people/" + person.getId() + "/reintegration/new";
        Document empty = page(post(url));
        assertThat(empty.title()).startsWith("Error: Record a reintegration need");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#area", "#need", "#actionAgreed", "#identifiedOn");

        mvc.perform(post(url)
                        .param("area", "FINANCE_AND_BENEFITS")
                        .param("need", "Universal Credit claim stopped on remand")
                        .param("actionAgreed", "Book a work coach appointment")
                        .param("identifiedOn.day", "10")
                        .param("identifiedOn.month", "6")
                        .param("identifiedOn.year", "2026")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + person.getId() + "#treatment"))
                .andExpect(flash().attribute("successMessage", "Reintegration need recorded"));

        assertThat(page(get("/people/" + person.getId()))
                        .select("#treatment ~ dl")
                        .text())
                .contains("Reintegration needs 1, 1 without an outcome");
        Document page = page(get("/people/" + person.getId() + "/treatment"));
        assertThat(page.select("#treatment ~ table").text())
                .contains("Finance and benefits")
                .contains("Universal Credit claim stopped on remand Action agreed: Book a work coach appointment");
        String outcome = page.select("a:contains(Record outcome)").attr("href");
        assertThat(page(post(outcome)).select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#outcome", "#on");
        mvc.perform(get(url).with(user(data.user(Role.MANAGER, "Leeds")))).andExpect(status().isForbidden());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(worker)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
