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
import org.throughcare.MockBrowser;
import org.throughcare.StatementCounter;
import org.throughcare.TestClock;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outcome reviews on PostgreSQL: recorded in order and audited, refused out of order, guarded by the database too;
 * the change from the first to the latest review in the reporting view and on the person page; the timeline; and
 * the form's errors, roles and team scope.
 */
@IntegrationTest
@Import(Fixtures.class)
class OutcomeReviewsIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    OutcomeReviews outcomeReviews;

    @Autowired
    TreatmentService treatment;

    @Autowired
    TreatmentDemoSeeder seeder;

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
    void reviewsAreRecordedInOrderAndAuditedAndOutOfOrderOnesAreRefused() {
        TreatmentEpisode episode = start(TODAY.minusDays(400));
        OutcomeReview first = record(episode, OutcomeReviewKind.START, TODAY.minusDays(400), items(20, 14, 6));

        assertThatThrownBy(() -> record(episode, OutcomeReviewKind.START, TODAY.minusDays(300), items(20, 14, 6)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("This episode already has its treatment start review, on 13 May 2025"));
        assertThatThrownBy(() -> record(episode, OutcomeReviewKind.EXIT, TODAY.minusDays(1), items(2, 14, 6)))
                .hasMessageStartingWith("An exit review can only be recorded once the episode has ended");
        assertThatThrownBy(() -> record(episode, OutcomeReviewKind.REVIEW, TODAY.minusDays(401), items(2, 14, 6)))
                .hasMessage("The date cannot be before the episode started, on 13 May 2025");

        record(episode, OutcomeReviewKind.REVIEW, TODAY.minusDays(220), items(12, 15, 9));

        assertThat(outcomeReviews.ofEpisode(episode.getId(), worker).reviews())
                .extracting(OutcomeReview::getKind)
                .containsExactly(OutcomeReviewKind.START, OutcomeReviewKind.REVIEW);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event e join outcome_review r on e.record_id = r.id::text"
                                + " where e.record_type = 'OutcomeReview' and e.action = 'CREATE' and r.episode_id = ?",
                        Integer.class,
                        episode.getId()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select summary from audit_event where record_type = 'OutcomeReview' and record_id = ?",
                        String.class,
                        String.valueOf(first.getId())))
                .startsWith("Outcome review (treatment start) of 13 May 2025 in treatment episode " + episode.getId())
                .contains("Opiate days: none → 20");
    }

    @Test
    void theDatabaseKeepsOneStartReviewAndEveryRange() {
        TreatmentEpisode episode = start(TODAY.minusDays(100));
        OutcomeReview first = record(episode, OutcomeReviewKind.START, TODAY.minusDays(100), items(20, 14, 6));

        assertThatThrownBy(() -> jdbc.update(
                        "insert into outcome_review select nextval(pg_get_serial_sequence('outcome_review', 'id')),"
                                + " episode_id, person_id, kind, reviewed_on + 1, conducted_by, alcohol_days,"
                                + " opiate_days, crack_days, cocaine_days, amphetamine_days, cannabis_days,"
                                + " other_drug_days, tobacco_days, injecting_days, shared_equipment,"
                                + " shoplifting_days, selling_drugs_days, vehicle_theft_days, theft_burglary_days,"
                                + " violence_days, psychological_health, physical_health, quality_of_life,"
                                + " paid_work_days, education_days, acute_housing_problem, eviction_risk,"
                                + " created_at, created_by, updated_at, updated_by, 0 from outcome_review where id = ?",
                        first.getId()))
                .hasMessageContaining("outcome_review_one_start");
        assertThatThrownBy(() -> jdbc.update("update outcome_review set opiate_days = 29 where id = ?", first.getId()))
                .hasMessageContaining("outcome_review_opiate_days_range");
        assertThatThrownBy(
                        () -> jdbc.update("update outcome_review set quality_of_life = 21 where id = ?", first.getId()))
                .hasMessageContaining("outcome_review_quality_of_life_range");
        assertThatThrownBy(() -> jdbc.update(
                        "update outcome_review set injecting_days = 0, shared_equipment = true where id = ?",
                        first.getId()))
                .hasMessageContaining("outcome_review_sharing_needs_injecting");
    }

    @Test
    void theChangeFromTheFirstToTheLatestReviewIsInTheViewAndOnThePersonPage() throws Exception {
        TreatmentEpisode older = start(TODAY.minusDays(600));
        record(older, OutcomeReviewKind.START, TODAY.minusDays(600), items(28, 5, 2));
        treatment.exit(older.getId(), TODAY.minusDays(500), ExitReason.DROPPED_OUT, 0, worker);
        TreatmentEpisode episode = start(TODAY.minusDays(400));
        record(episode, OutcomeReviewKind.START, TODAY.minusDays(400), items(20, 14, 6));
        assertThat(outcomeReviews.latestChange(person.getId(), worker)).isEmpty();

        record(episode, OutcomeReviewKind.REVIEW, TODAY.minusDays(220), items(12, 15, 9));
        treatment.exit(episode.getId(), TODAY.minusDays(10), ExitReason.COMPLETED_FREE_OF_DEPENDENCY, 0, worker);
        assertThatThrownBy(() -> record(episode, OutcomeReviewKind.REVIEW, TODAY.minusDays(10), items(2, 16, 12)))
                .hasMessage("This episode ended on 7 June 2026: only its exit review can be recorded");
        record(episode, OutcomeReviewKind.EXIT, TODAY.minusDays(10), items(2, 16, 12));

        OutcomeChange change =
                outcomeReviews.latestChange(person.getId(), worker).orElseThrow();
        assertThat(change.episodeId()).isEqualTo(episode.getId());
        assertThat(change.reviewCount()).isEqualTo(3);
        assertThat(change.firstKind()).isEqualTo(OutcomeReviewKind.START);
        assertThat(change.latestKind()).isEqualTo(OutcomeReviewKind.EXIT);
        assertThat(change.of(OutcomeItem.OPIATES)).isEqualTo(new OutcomeChange.Item(OutcomeItem.OPIATES, 20, 2, -18));
        assertThat(change.of(OutcomeItem.QUALITY_OF_LIFE))
                .isEqualTo(new OutcomeChange.Item(OutcomeItem.QUALITY_OF_LIFE, 6, 12, 6));

        Map<String, Object> row = jdbc.queryForMap(
                "select team_id, review_count, first_kind, latest_kind, first_substance_days, latest_substance_days,"
                        + " substance_days_change, psychological_health_change, physical_health_change,"
                        + " quality_of_life_change from outcome_change_overview where episode_id = ?",
                episode.getId());
        assertThat(row)
                .containsEntry("team_id", worker.teamId())
                .containsEntry("review_count", 3)
                .containsEntry("first_kind", "START")
                .containsEntry("latest_kind", "EXIT")
                // opiates, crack 4 and cannabis 10 each time; alcohol 3; tobacco left out
                .containsEntry("first_substance_days", 20 + 4 + 10 + 3)
                .containsEntry("latest_substance_days", 2 + 4 + 10 + 3)
                .containsEntry("substance_days_change", -18)
                .containsEntry("psychological_health_change", 2)
                .containsEntry("physical_health_change", 0)
                .containsEntry("quality_of_life_change", 6);
        assertThat(jdbc.queryForObject(
                        "select review_count from outcome_change_overview where episode_id = ?",
                        Integer.class,
                        older.getId()))
                .isEqualTo(1);

        // The person page shows the change as summary rows; the treatment section's own page as a table.
        assertThat(page(get("/people/" + person.getId()))
                        .select("#treatment ~ dl")
                        .text())
                .contains("Outcome reviews compared First: 13 May 2025 (treatment start); "
                        + "Latest: 7 June 2026 (treatment exit)")
                .contains("Days using opiates 20 to 2 (-18)")
                .contains("Quality of life (0 to 20) 6 to 12 (+6)");
        Document page = page(get("/people/" + person.getId() + "/treatment"));
        assertThat(page.select("#treatment ~ table caption").eachText())
                .contains("Change between the first and latest outcome review (latest episode with two or more)");
        var changeTable = page.select("table:has(caption:contains(Change between))");
        assertThat(changeTable.select("thead th").eachText())
                .containsExactly(
                        "Item",
                        "First: 13 May 2025 (treatment start)",
                        "Latest: 7 June 2026 (treatment exit)",
                        "Change");
        assertThat(changeTable.select("tbody tr").eachText())
                .containsExactly(
                        "Days using alcohol 3 3 0",
                        "Days using opiates 20 2 -18",
                        "Days using crack 4 4 0",
                        "Days using cannabis 10 10 0",
                        "Days using tobacco 28 28 0",
                        "Days injecting 12 12 0",
                        "Days offending: shoplifting 2 2 0",
                        "Days offending: other theft or burglary 1 1 0",
                        "Psychological health (0 to 20) 14 16 +2",
                        "Physical health (0 to 20) 9 9 0",
                        "Quality of life (0 to 20) 6 12 +6");

        assertThat(page(get("/people/" + person.getId() + "/timeline"))
                        .select(".app-timeline")
                        .text())
                .contains("Outcome review: treatment start")
                .contains("Outcome review: treatment exit");
        SignedInUser elsewhere = data.user(Role.TREATMENT_WORKER, "Merseyside");
        assertThatThrownBy(() -> outcomeReviews.latestChange(person.getId(), elsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> record(episode, OutcomeReviewKind.EXIT, TODAY, items(2, 16, 12), elsewhere))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePersonPageSendsOneStatementForTheChangeHoweverManyReviews() throws Exception {
        TreatmentEpisode episode = start(TODAY.minusDays(400));
        MockBrowser browser = new MockBrowser(mvc);
        browser.signIn(worker.username(), Fixtures.PASSWORD);
        String path = "/people/" + person.getId();
        browser.perform(get(path));
        int none = StatementCounter.statements(() -> browser.perform(get(path))).size();

        record(episode, OutcomeReviewKind.START, TODAY.minusDays(400), items(20, 14, 6));
        record(episode, OutcomeReviewKind.REVIEW, TODAY.minusDays(220), items(12, 15, 9));
        int two = StatementCounter.statements(() -> browser.perform(get(path))).size();
        record(episode, OutcomeReviewKind.REVIEW, TODAY.minusDays(40), items(5, 16, 11));

        assertThat(two).isEqualTo(none);
        java.util.List<String> statements = StatementCounter.statements(() -> browser.perform(get(path)));
        assertThat(statements).hasSize(none);
        assertThat(statements)
                .filteredOn(sql -> sql.contains("outcome_change_overview") || sql.contains("outcome_review"))
                .singleElement()
                .satisfies(sql -> assertThat(sql).contains("outcome_change_overview"));
    }

    @Test
    void theDemoDataGivesACompletedEpisodeAStartReviewOneEverySixMonthsAndAnImprovingExitReview() {
        LocalDate started = TODAY.minusDays(800);
        TreatmentEpisode episode = start(started);
        for (long seed = 1; seed <= 3; seed++) {
            TreatmentEpisode open = start(started);
            seeder.reviewAndEnd(open, started, null, null, new java.util.Random(seed), worker);
            assertThat(outcomeReviews.ofEpisode(open.getId(), worker).reviews())
                    .extracting(OutcomeReview::getKind)
                    .containsExactly(
                            OutcomeReviewKind.START,
                            OutcomeReviewKind.REVIEW,
                            OutcomeReviewKind.REVIEW,
                            OutcomeReviewKind.REVIEW,
                            OutcomeReviewKind.REVIEW);
        }

        seeder.reviewAndEnd(
                episode,
                started,
                TODAY.minusDays(10),
                ExitReason.COMPLETED_FREE_OF_DEPENDENCY,
                new java.util.Random(7),
                worker);

        assertThat(outcomeReviews.ofEpisode(episode.getId(), worker).reviews())
                .extracting(OutcomeReview::getKind)
                .containsExactly(
                        OutcomeReviewKind.START,
                        OutcomeReviewKind.REVIEW,
                        OutcomeReviewKind.REVIEW,
                        OutcomeReviewKind.REVIEW,
                        OutcomeReviewKind.REVIEW,
                        OutcomeReviewKind.EXIT);
        Map<String, Object> change = jdbc.queryForMap(
                "select opiate_days_change, quality_of_life_change from outcome_change_overview where episode_id = ?",
                episode.getId());
        assertThat((Integer) change.get("opiate_days_change")).isNegative();
        assertThat((Integer) change.get("quality_of_life_change")).isPositive();
    }

    @Test
    void theFormRecordsAReviewOrShowsEveryProblemAndSavesNothing() throws Exception {
        TreatmentEpisode episode = start(TODAY.minusDays(30));
        String url = "/treatment/episodes/" + episode.getId() + "/outcome-reviews/new";
        assertThat(page(get("/treatment/episodes/" + episode.getId()))
                        .select("a[href=" + url + "]")
                        .text())
                .isEqualTo("Record an outcome review");

        Document invalid = page(valid(post(url), Map.of("alcoholDays", "29", "qualityOfLife", "")));
        assertThat(invalid.title()).startsWith("Error: Record an outcome review");
        assertThat(invalid.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#alcoholDays", "#qualityOfLife");
        assertThat(invalid.select("#alcoholDays-error").text())
                .isEqualTo("Error: The number of days using alcohol must be from 0 to 28");
        assertThat(reviewCount(episode)).isZero();

        Document late = page(valid(post(url), Map.of("reviewedOn.day", "18")));
        assertThat(late.title()).startsWith("Error:");
        assertThat(late.select("#reviewedOn-error").text()).isEqualTo("Error: The date must be today or in the past");
        assertThat(reviewCount(episode)).isZero();

        mvc.perform(valid(post(url)).with(user(worker)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/treatment/episodes/" + episode.getId() + "/outcome-reviews"))
                .andExpect(flash().attribute("successMessage", "Outcome review recorded"));
        assertThat(reviewCount(episode)).isEqualTo(1);
        Long reviewId =
                jdbc.queryForObject("select id from outcome_review where episode_id = ?", Long.class, episode.getId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'OutcomeReview' and action = 'CREATE'"
                                + " and record_id = ?",
                        Integer.class,
                        String.valueOf(reviewId)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select alcohol_days from outcome_review where id = ?", Integer.class, reviewId))
                .isEqualTo(3);

        Document list = page(get("/treatment/episodes/" + episode.getId() + "/outcome-reviews"));
        assertThat(list.select("tbody tr").eachText())
                .containsExactly("3 June 2026 Treatment start Sam Okoro 26 12 9 7");
        Document review = page(get("/treatment/outcome-reviews/" + reviewId));
        assertThat(review.select("#substances").text()).contains("Opiates 12 days");
        assertThat(review.select("#injecting").text()).contains("Shared injecting equipment No");
    }

    @Test
    void onlyTreatmentWorkersOfTheTeamMayRecord() throws Exception {
        TreatmentEpisode episode = start(TODAY.minusDays(30));
        String url = "/treatment/episodes/" + episode.getId() + "/outcome-reviews/new";
        SignedInUser officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        mvc.perform(get(url).with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(valid(post(url)).with(user(officer)).with(csrf())).andExpect(status().isForbidden());

        SignedInUser elsewhere = data.user(Role.TREATMENT_WORKER, "Merseyside");
        mvc.perform(get(url).with(user(elsewhere))).andExpect(status().isForbidden());
        mvc.perform(valid(post(url)).with(user(elsewhere)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/treatment/episodes/" + episode.getId() + "/outcome-reviews")
                        .with(user(elsewhere)))
                .andExpect(status().isForbidden());
        assertThat(reviewCount(episode)).isZero();
    }

    /** A complete start review on 3 June 2026 (12 days of opiates). */
    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder post) {
        return valid(post, Map.of());
    }

    /** The complete start review with some of its answers changed. */
    private static MockHttpServletRequestBuilder valid(
            MockHttpServletRequestBuilder post, Map<String, String> changed) {
        Map<String, String> values = new java.util.LinkedHashMap<>(Map.ofEntries(
                Map.entry("kind", "START"),
                Map.entry("reviewedOn.day", "3"),
                Map.entry("reviewedOn.month", "6"),
                Map.entry("reviewedOn.year", "2026"),
                Map.entry("conductedBy", "Sam Okoro"),
                Map.entry("sharedEquipment", "false"),
                Map.entry("acuteHousingProblem", "true"),
                Map.entry("evictionRisk", "false"),
                Map.entry("alcoholDays", "3"),
                Map.entry("opiateDays", "12"),
                Map.entry("crackDays", "4"),
                Map.entry("cocaineDays", "0"),
                Map.entry("amphetamineDays", "0"),
                Map.entry("cannabisDays", "7"),
                Map.entry("otherDrugDays", "0"),
                Map.entry("tobaccoDays", "28"),
                Map.entry("injectingDays", "0"),
                Map.entry("shopliftingDays", "2"),
                Map.entry("sellingDrugsDays", "0"),
                Map.entry("vehicleTheftDays", "0"),
                Map.entry("theftBurglaryDays", "0"),
                Map.entry("violenceDays", "0"),
                Map.entry("psychologicalHealth", "12"),
                Map.entry("physicalHealth", "9"),
                Map.entry("qualityOfLife", "7"),
                Map.entry("paidWorkDays", "0"),
                Map.entry("educationDays", "0")));
        values.putAll(changed);
        values.forEach(post::param);
        return post;
    }

    private int reviewCount(TreatmentEpisode episode) {
        return jdbc.queryForObject(
                "select count(*) from outcome_review where episode_id = ?", Integer.class, episode.getId());
    }

    private TreatmentEpisode start(LocalDate on) {
        return treatment.start(
                person.getId(),
                providerId,
                null,
                new EpisodeDetails(TreatmentSetting.COMMUNITY, "Jo Whitaker", on, on.plusDays(1), on.plusDays(3), 0),
                worker);
    }

    private OutcomeReview record(TreatmentEpisode episode, OutcomeReviewKind kind, LocalDate on, OutcomeItems items) {
        return record(episode, kind, on, items, worker);
    }

    private OutcomeReview record(
            TreatmentEpisode episode, OutcomeReviewKind kind, LocalDate on, OutcomeItems items, SignedInUser by) {
        return outcomeReviews.record(episode.getId(), new OutcomeReviewDetails(kind, on, "Sam Okoro", items), by);
    }

    /** Opiate days and the psychological health and quality of life scores vary; the rest stay the same. */
    private static OutcomeItems items(int opiateDays, int psychologicalHealth, int qualityOfLife) {
        return new OutcomeItems(
                3,
                opiateDays,
                4,
                0,
                0,
                10,
                0,
                28,
                12,
                false,
                2,
                0,
                0,
                1,
                0,
                psychologicalHealth,
                9,
                qualityOfLife,
                0,
                0,
                true,
                false);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(worker)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
