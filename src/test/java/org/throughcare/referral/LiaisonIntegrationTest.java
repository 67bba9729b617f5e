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

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Liaison and Diversion on PostgreSQL: a screening's needs, risk and urgency; the assessment and outcome in order;
 * "referred on" only after an onward referral made from the screening; the lists; scope; and the forms.
 */
@IntegrationTest
@Import(Fixtures.class)
class LiaisonIntegrationTest {

    @Autowired
    LiaisonService liaison;

    @Autowired
    ReferralService referrals;

    @Autowired
    ConsentService consents;

    @Autowired
    Providers providers;

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
    void referredOnNeedsAnOnwardReferralFromTheScreeningAndStepsGoInOrder() {
        LiaisonScreening screening = screen(hoursAgo(30));
        assertThat(liaison.inProgress(worker, 0, 10).getContent())
                .extracting(LiaisonScreening::getId)
                .containsExactly(screening.getId());
        assertThatThrownBy(() -> liaison.recordAssessment(screening.getId(), hoursAgo(31), worker))
                .hasMessageStartingWith("The time must be after the step before it");
        liaison.recordAssessment(screening.getId(), hoursAgo(28), worker);
        assertThatThrownBy(() -> liaison.recordAssessment(screening.getId(), hoursAgo(27), worker))
                .hasMessage("The assessment is already recorded");

        assertThatThrownBy(
                        () -> liaison.recordOutcome(screening.getId(), ScreeningOutcome.REFERRED, hoursAgo(20), worker))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("outcome");
                    assertThat(e.getMessage()).contains("make the referral first");
                });

        consents.record(
                person.getId(),
                List.of(new ConsentItem(ConsentSubject.SHARING, Agency.TREATMENT_PROVIDER)),
                ConsentMethod.VERBAL,
                hoursAgo(29),
                worker);
        Provider mentalHealth = providers.create(new ProviderDetails(
                "Provider " + Fixtures.unique(), ServiceKind.MENTAL_HEALTH, null, null, null, null, true, 0));
        Referral onward = referrals.send(
                new NewReferral(
                        person.getId(),
                        mentalHealth.getId(),
                        ReferralStage.LIAISON_AND_DIVERSION,
                        "Low mood",
                        Urgency.ROUTINE,
                        hoursAgo(25),
                        null,
                        null,
                        screening.getId()),
                worker);
        liaison.recordOutcome(screening.getId(), ScreeningOutcome.REFERRED, hoursAgo(20), worker);

        assertThat(onward.getScreeningId()).isEqualTo(screening.getId());
        assertThat(liaison.inProgress(worker, 0, 10)).isEmpty();
        assertThatThrownBy(() -> referrals.send(
                        new NewReferral(
                                person.getId(),
                                mentalHealth.getId(),
                                ReferralStage.LIAISON_AND_DIVERSION,
                                "Again",
                                Urgency.ROUTINE,
                                hoursAgo(2),
                                null,
                                null,
                                screening.getId()),
                        worker))
                .hasMessageStartingWith("This screening ended");
        assertThat(jdbc.queryForObject(
                        "select substance_use and mental_health and not housing from liaison_screening where id = ?",
                        Boolean.class,
                        screening.getId()))
                .isTrue();
    }

    @Test
    void theSummaryCountsEveryScreeningAndReadsTheLatestWithTheEntitysStatusRule() {
        assertThat(ReadBatch.<LiaisonService.Latest>alone(
                        jdbc, reads -> liaison.latestFor(person.getId(), worker, reads)))
                .isEqualTo(new LiaisonService.Latest(0, null));

        screen(hoursAgo(30));
        LiaisonScreening latest = screen(hoursAgo(10));
        liaison.recordAssessment(latest.getId(), hoursAgo(9), worker);

        LiaisonService.Latest summary =
                ReadBatch.alone(jdbc, reads -> liaison.latestFor(person.getId(), worker, reads));
        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.line().id()).isEqualTo(latest.getId());
        assertThat(summary.line().status()).isEqualTo("Assessed: outcome to record");
        LiaisonScreening reloaded = liaison.forPerson(person.getId(), worker).get(0);
        assertThat(summary.line()).isEqualTo(reloaded.line());
        assertThat(LiaisonController.status(reloaded)).isEqualTo(summary.line().status());
    }

    @Test
    void anotherTeamCannotReadOrScreen() {
        SignedInUser elsewhere = data.user(Role.LIAISON_DIVERSION, "Merseyside");
        assertThatThrownBy(() -> liaison.forPerson(person.getId(), elsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ReadBatch.alone(jdbc, reads -> liaison.latestFor(person.getId(), elsewhere, reads)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> liaison.screen(
                        person.getId(),
                        ScreeningSource.COURT,
                        hoursAgo(1),
                        EnumSet.noneOf(ScreeningNeed.class),
                        Risk.LOW,
                        Urgency.ROUTINE,
                        null,
                        elsewhere))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFormsShowEveryProblemThenScreenAndThePagesShowIt() throws Exception {
        String url = "/people/" + person.getId() + "/screenings/new";
        Document empty = page(post(url).param("urgency", ""));
        assertThat(empty.title()).startsWith("Error: Screen for Liaison and Diversion");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#source", "#date", "#time", "#risk", "#urgency");

        String location = mvc.perform(post(url)
                        .param("source", "COURT")
                        .param("date.day", "17")
                        .param("date.month", "6")
                        .param("date.year", "2026")
                        .param("time", "09:30")
                        .param("needs", "MENTAL_HEALTH", "HOUSING")
                        .param("risk", "HIGH")
                        .param("urgency", "URGENT")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successMessage", "Screening recorded"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document screening = page(get(location));
        assertThat(screening.select("main").text())
                .contains("Court, 17 June 2026 at 9:30am")
                .contains("Mental health, housing")
                .contains("Screened: assessment to do");
        Document noOutcome = page(post(location + "/outcome"));
        assertThat(noOutcome.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#date", "#time");
        assertThat(page(get("/liaison")).select("main").text()).contains("Screenings and assessments in progress (1)");
        assertThat(page(get("/people/" + person.getId()))
                        .select("#screenings ~ dl")
                        .text())
                .contains("Screenings 1")
                .contains("court: mental health, housing");
        assertThat(page(get("/people/" + person.getId() + "/screenings"))
                        .select("#screenings ~ table")
                        .text())
                .contains("Court");
        mvc.perform(get(url).with(user(data.user(Role.CUSTODY_WORKER, "West Yorkshire"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/" + person.getId() + "/referrals/new")
                        .param("screening", location.substring(location.lastIndexOf('/') + 1))
                        .with(user(worker)))
                .andExpect(status().isOk());
    }

    private LiaisonScreening screen(Instant at) {
        return liaison.screen(
                person.getId(),
                ScreeningSource.POLICE_CUSTODY,
                at,
                EnumSet.of(ScreeningNeed.SUBSTANCE_USE, ScreeningNeed.MENTAL_HEALTH),
                Risk.MEDIUM,
                Urgency.ROUTINE,
                "Talked about use",
                worker);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(worker)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static Instant hoursAgo(int hours) {
        return TestClock.NOW.minus(Duration.ofHours(hours));
    }
}
