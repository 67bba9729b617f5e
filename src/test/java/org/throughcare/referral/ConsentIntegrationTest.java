package org.throughcare.referral;

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
import org.throughcare.common.RuleViolations;
import org.throughcare.database.ReadBatch;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Consent on PostgreSQL: recording, one current consent to each thing, withdrawal, scope and the forms. */
@IntegrationTest
@Import(Fixtures.class)
class ConsentIntegrationTest {

    static final ConsentItem TREATMENT = new ConsentItem(ConsentSubject.ASSESSMENT_AND_TREATMENT, null);
    static final ConsentItem POLICE = new ConsentItem(ConsentSubject.SHARING, Agency.POLICE);

    @Autowired
    ConsentService consents;

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
        worker = data.user(Role.LIAISON_DIVERSION, "West Yorkshire");
        person = data.person(worker);
    }

    @Test
    void recordsEachThingConsentedToAndRefusesASecondCurrentOne() {
        consents.record(person.getId(), List.of(TREATMENT, POLICE), ConsentMethod.WRITTEN, hoursAgo(2), worker);

        assertThat(consents.coversSharingWith(person.getId(), Agency.POLICE, worker))
                .isTrue();
        assertThat(consents.coversSharingWith(person.getId(), Agency.HOUSING, worker))
                .isFalse();
        assertThatThrownBy(() ->
                        consents.record(person.getId(), List.of(POLICE), ConsentMethod.VERBAL, hoursAgo(1), worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Consent to sharing information with the police is already recorded");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Consent' and action = 'CREATE'"
                                + " and summary like '%by person " + person.getId() + "'",
                        Integer.class))
                .isEqualTo(2);
    }

    @Test
    void nothingChosenAndNoMethodAreBothReported() {
        assertThatThrownBy(() -> consents.record(person.getId(), List.of(), null, hoursAgo(1), worker))
                .isInstanceOfSatisfying(
                        RuleViolations.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolationException::field)
                                .containsExactly("items", "how"));
    }

    @Test
    void aWithdrawalIsKeptAndEndsTheConsentAndCannotPrecedeIt() {
        Consent police = consents.record(person.getId(), List.of(POLICE), ConsentMethod.VERBAL, hoursAgo(5), worker)
                .get(0);

        assertThatThrownBy(() -> consents.withdraw(police.getId(), hoursAgo(6), "Changed mind", worker))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> consents.withdraw(police.getId(), TestClock.NOW.plusSeconds(60), "Later", worker))
                .isInstanceOf(RuleViolationException.class);

        consents.withdraw(police.getId(), hoursAgo(1), "Does not want the police told", worker);

        assertThat(consents.coversSharingWith(person.getId(), Agency.POLICE, worker))
                .isFalse();
        assertThat(consents.forPerson(person.getId(), worker))
                .singleElement()
                .satisfies(c -> assertThat(c.getWithdrawalReason()).isEqualTo("Does not want the police told"));
        assertThatThrownBy(() -> consents.withdraw(police.getId(), hoursAgo(1), "Again", worker))
                .hasMessage("This consent was already withdrawn");
        consents.record(person.getId(), List.of(POLICE), ConsentMethod.WRITTEN, hoursAgo(0), worker);
        assertThat(consents.coversSharingWith(person.getId(), Agency.POLICE, worker))
                .isTrue();
    }

    @Test
    void whatIsInForceLeavesOutWithdrawalsButKnowsThereIsAHistory() {
        assertThat(ReadBatch.<ConsentService.Current>alone(
                        jdbc, reads -> consents.current(person.getId(), worker, reads)))
                .isEqualTo(new ConsentService.Current(false, List.of()));

        Consent police = consents.record(
                        person.getId(), List.of(POLICE, TREATMENT), ConsentMethod.WRITTEN, hoursAgo(5), worker)
                .get(0);
        consents.withdraw(police.getId(), hoursAgo(1), "Does not want the police told", worker);

        assertThat(ReadBatch.<ConsentService.Current>alone(
                        jdbc, reads -> consents.current(person.getId(), worker, reads)))
                .isEqualTo(
                        new ConsentService.Current(true, List.of(new ConsentService.InForce(TREATMENT, hoursAgo(5)))));
        assertThatThrownBy(() -> ReadBatch.alone(
                        jdbc,
                        reads -> consents.current(
                                person.getId(), data.user(Role.LIAISON_DIVERSION, "Merseyside"), reads)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWorkerOfAnotherTeamCanNeitherReadNorRecord() {
        SignedInUser elsewhere = data.user(Role.LIAISON_DIVERSION, "Merseyside");

        assertThatThrownBy(() -> consents.forPerson(person.getId(), elsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consents.record(
                        person.getId(), List.of(TREATMENT), ConsentMethod.VERBAL, hoursAgo(1), elsewhere))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFormsShowEveryProblemAndThePersonPageShowsConsentAtAGlance() throws Exception {
        String url = "/people/" + person.getId() + "/consent/new";
        Document empty = page(post(url));
        assertThat(empty.title()).startsWith("Error: Record consent");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#items", "#how", "#date", "#time");

        mvc.perform(post(url)
                        .param("items", "TREATMENT", "SHARING_PROBATION")
                        .param("how", "WRITTEN")
                        .param("date.day", "17")
                        .param("date.month", "6")
                        .param("date.year", "2026")
                        .param("time", "09:00")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + person.getId() + "#consent"))
                .andExpect(flash().attribute("successMessage", "Consent recorded"));

        Document page = page(get("/people/" + person.getId()));
        assertThat(page.select("#consent ~ dl").first().text())
                .contains("Assessment and treatment Given 17 June 2026 at 9:00am")
                .contains("Information may be shared with probation");
        String withdraw = page(get("/people/" + person.getId() + "/consent"))
                .select("a:contains(Withdraw)")
                .first()
                .attr("href");
        Document noReason = page(post(withdraw));
        assertThat(noReason.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#reason", "#date", "#time");

        mvc.perform(get(url).with(user(data.user(Role.MANAGER, "West Yorkshire"))))
                .andExpect(status().isForbidden());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(worker)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static java.time.Instant hoursAgo(int hours) {
        return TestClock.NOW.minusSeconds(3600L * hours);
    }
}
