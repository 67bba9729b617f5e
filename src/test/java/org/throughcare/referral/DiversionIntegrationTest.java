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
import org.throughcare.database.ReadBatch;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Diversion on PostgreSQL: dates checked together, one outcome, scope, the overdue flag, the forms and timeline. */
@IntegrationTest
@Import(Fixtures.class)
class DiversionIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DiversionService diversions;

    @Autowired
    Fixtures data;

    @Autowired
    MockMvc mvc;

    SignedInUser worker;
    Person person;

    @BeforeEach
    void setUp() {
        worker = data.user(Role.CUSTODY_WORKER, "West Yorkshire");
        person = data.person(worker);
    }

    @Test
    void aDeadlineBeforeTheDayGivenAndAnOutcomeBeforeItAreRefusedAndTheOutcomeIsRecordedOnce() {
        assertThatThrownBy(() -> diversions.record(
                        person.getId(),
                        DiversionKind.COMMUNITY_RESOLUTION,
                        " ",
                        "Attend",
                        TODAY,
                        TODAY.minusDays(1),
                        worker))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolationException::field)
                                .containsExactly("scheme", "deadline"));
        Diversion diversion = diversions.record(
                person.getId(),
                DiversionKind.CONDITIONAL_CAUTION,
                "Drug diversion scheme",
                "Attend a drug awareness session",
                TODAY.minusDays(20),
                TODAY.minusDays(5),
                worker);
        assertThatThrownBy(() -> diversions.recordOutcome(
                        diversion.getId(), DiversionOutcome.COMPLIED, TODAY.minusDays(21), null, worker))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("on"));
        diversions.recordOutcome(diversion.getId(), DiversionOutcome.COMPLIED, TODAY.minusDays(6), "Attended", worker);
        assertThat(ReadBatch.<List<Diversion.Line>>alone(
                        jdbc, reads -> diversions.linesFor(person.getId(), worker, reads)))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.open()).isFalse();
                    assertThat(line.overdue(TODAY)).isFalse();
                    assertThat(line.outcome()).isEqualTo(DiversionOutcome.COMPLIED);
                    assertThat(line.outcomeOn()).isEqualTo(TODAY.minusDays(6));
                    assertThat(line.deadline()).isEqualTo(TODAY.minusDays(5));
                });
        assertThatThrownBy(() ->
                        diversions.recordOutcome(diversion.getId(), DiversionOutcome.WITHDRAWN, TODAY, null, worker))
                .hasMessage("The outcome is already recorded: complied with the conditions");
    }

    @Test
    void anotherTeamCannotReadOrRecord() {
        SignedInUser elsewhere = data.user(Role.CUSTODY_WORKER, "Merseyside");
        assertThatThrownBy(() -> diversions.forPerson(person.getId(), elsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ReadBatch.alone(jdbc, reads -> diversions.linesFor(person.getId(), elsewhere, reads)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFormShowsEveryProblemThenRecordsAndThePersonPageFlagsAPassedDeadline() throws Exception {
        String url = "/people/" + person.getId() + "/diversions/new";
        Document empty = page(post(url));
        assertThat(empty.title()).startsWith("Error: Record a diversion or out-of-court disposal");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#kind", "#scheme", "#conditions", "#givenOn", "#deadline");

        mvc.perform(post(url)
                        .param("kind", "POLICE_LED_DIVERSION")
                        .param("scheme", "Checkpoint-style scheme")
                        .param("conditions", "Attend two sessions with a drug worker")
                        .param("givenOn.day", "1")
                        .param("givenOn.month", "5")
                        .param("givenOn.year", "2026")
                        .param("deadline.day", "1")
                        .param("deadline.month", "6")
                        .param("deadline.year", "2026")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successMessage", "Diversion recorded"));

        assertThat(page(get("/people/" + person.getId()))
                        .select("#diversions ~ dl")
                        .text())
                .contains("Diversions and out-of-court disposals 1 recorded, 1 open")
                .contains("Deadline passed");
        Document page = page(get("/people/" + person.getId() + "/diversions"));
        assertThat(page.select("#diversions ~ table").text())
                .contains("Police-led diversion scheme: Checkpoint-style scheme")
                .contains("Deadline passed: record the outcome");
        assertThat(page(get("/people/" + person.getId() + "/timeline"))
                        .select(".app-timeline")
                        .text())
                .contains("Police-led diversion scheme: Checkpoint-style scheme");
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
}
