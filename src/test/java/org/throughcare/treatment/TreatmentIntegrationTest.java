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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Treatment episodes and releases from prison on PostgreSQL: starting, interventions, the exit that ends what is
 * still running and freezes the episode, team scope, the release flag after three weeks, and the forms.
 */
@IntegrationTest
@Import(Fixtures.class)
class TreatmentIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    TreatmentService treatment;

    @Autowired
    PrisonReleases releases;

    @Autowired
    TreatmentWork work;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    SignedInUser worker;
    Person person;
    Long providerId;

    @BeforeEach
    void setUp() {
        worker = data.user(Role.TREATMENT_WORKER, "Leeds");
        person = data.person(worker);
        providerId = jdbc.queryForObject(
                "select min(id) from provider where service = 'COMMUNITY_DRUG_TREATMENT' and active", Long.class);
    }

    @Test
    void anEpisodeGetsInterventionsAndItsExitEndsThoseStillRunningAndFreezesIt() {
        TreatmentEpisode episode = start(TODAY.minusDays(40));
        Intervention maintenance = treatment.addIntervention(
                episode.getId(), InterventionKind.MAINTENANCE, TODAY.minusDays(38), null, worker);
        treatment.addIntervention(
                episode.getId(), InterventionKind.CBT, TODAY.minusDays(30), TODAY.minusDays(20), worker);

        assertThatThrownBy(() -> treatment.exit(
                        episode.getId(), TODAY.minusDays(25), ExitReason.DROPPED_OUT, episode.getVersion(), worker))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolationException::field)
                                .containsExactly("exitOn"));

        treatment.exit(episode.getId(), TODAY.minusDays(5), ExitReason.COMPLETED_FREE_OF_DEPENDENCY, 0, worker);

        assertThat(jdbc.queryForObject(
                        "select ended_on from treatment_intervention where id = ?",
                        LocalDate.class,
                        maintenance.getId()))
                .isEqualTo(TODAY.minusDays(5));
        assertThatThrownBy(() -> treatment.addIntervention(
                        episode.getId(), InterventionKind.PEER_SUPPORT, TODAY.minusDays(1), null, worker))
                .hasMessage(
                        "This episode ended on 12 June 2026 (completed, free of dependency): it can no longer be changed");
        assertThat(treatment.forPerson(person.getId(), worker))
                .singleElement()
                .satisfies(r -> assertThat(r.interventions()).hasSize(2));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'TreatmentEpisode' and record_id = ?",
                        Integer.class,
                        String.valueOf(episode.getId())))
                .isEqualTo(4);
    }

    @Test
    void anotherTeamCannotReadOrRecordAndTheDatabaseRefusesAnExitWithoutAReason() {
        TreatmentEpisode episode = start(TODAY.minusDays(10));
        SignedInUser elsewhere = data.user(Role.TREATMENT_WORKER, "Merseyside");

        assertThatThrownBy(() -> treatment.forPerson(person.getId(), elsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> releases.recordRelease(person.getId(), TODAY, "HMP Leeds", true, true, elsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update treatment_episode set exit_on = ?, exit_recorded_by = 'x' where id = ?",
                        TODAY,
                        episode.getId()))
                .hasMessageContaining("treatment_episode_exit_together");
    }

    @Test
    void aReleaseIsListedUntilTheFirstAppointmentAndFlaggedAfterThreeWeeks() {
        PrisonRelease recent =
                releases.recordRelease(person.getId(), TODAY.minusDays(5), "HMP Leeds", true, false, worker);
        Person other = data.person(worker);
        releases.recordRelease(other.getId(), TODAY.minusDays(30), "HMP Hull", false, false, worker);

        var list = work.releasedNotYetSeen(worker);
        assertThat(list.total()).isEqualTo(2);
        assertThat(list.rows())
                .extracting(row -> row.get(3).text())
                .containsExactly("Not seen within 3 weeks", "Not yet: 5 days since release");

        assertThatThrownBy(() -> releases.recordFirstAppointment(recent.getId(), TODAY.minusDays(6), worker))
                .hasMessageStartingWith("The date cannot be before the release, on 12 June 2026");
        releases.recordFirstAppointment(recent.getId(), TODAY.minusDays(1), worker);

        assertThat(work.releasedNotYetSeen(worker).total()).isEqualTo(1);
    }

    @Test
    void theFormsShowEveryProblemAndStartAnEpisode() throws Exception {
        String url = "/people/" + person.getId() + "/treatment/new";
        Document empty = page(post(url).param("setting", ""));
        assertThat(empty.title()).startsWith("Error: Start a treatment episode");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#providerId", "#setting", "#keyWorker", "#startedOn");

        String location = mvc.perform(post(url)
                        .param("providerId", String.valueOf(providerId))
                        .param("setting", "COMMUNITY")
                        .param("keyWorker", "Sam Okoro")
                        .param("startedOn.day", "2")
                        .param("startedOn.month", "6")
                        .param("startedOn.year", "2026")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successMessage", "Treatment episode started"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document episode = page(get(location));
        assertThat(episode.select("main").text())
                .contains("Sam Okoro")
                .contains("2 June 2026")
                .contains("In treatment");

        Document noKind = page(post(location + "/interventions/new"));
        assertThat(noKind.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#kind", "#startedOn");
        Document noReason = page(post(location + "/exit").param("version", "0"));
        assertThat(noReason.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#reason", "#exitOn");

        Document release = page(post("/people/" + person.getId() + "/releases/new"));
        assertThat(release.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#releasedOn", "#prison", "#naloxone", "#continuityReferral");

        mvc.perform(get(url).with(user(data.user(Role.PROBATION_OFFICER, "Leeds"))))
                .andExpect(status().isForbidden());
        assertThat(page(get("/people/" + person.getId()))
                        .select("#treatment ~ dl")
                        .text())
                .contains("Treatment episodes 1 recorded, 1 in treatment")
                .contains("In treatment");
        assertThat(page(get("/people/" + person.getId() + "/treatment"))
                        .select("#treatment ~ table")
                        .text())
                .contains("In treatment");
        assertThat(page(get("/people/" + person.getId() + "/timeline"))
                        .select(".app-timeline")
                        .text())
                .contains("Treatment started at");
    }

    private TreatmentEpisode start(LocalDate on) {
        return treatment.start(
                person.getId(),
                providerId,
                null,
                new EpisodeDetails(TreatmentSetting.COMMUNITY, "Jo Whitaker", on, on.plusDays(1), on.plusDays(3), 0),
                worker);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(worker)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
