package org.throughcare.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.person.Person;
import org.throughcare.person.StatedSex;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The pathway funnel, its breakdown by need, continuity of care after release and the outcome averages on
 * PostgreSQL, against a small data set counted by hand (a team of its own; the test clock's today is 17 June 2026).
 */
@IntegrationTest
class PathwayFiguresIntegrationTest {

    @Autowired
    PathwayFigures pathway;

    @Autowired
    ContinuityDashboard continuity;

    @Autowired
    OutcomesDashboard outcomes;

    @Autowired
    CaseLists cases;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DashboardSummaries summaries;

    Team team;
    SignedInUser custodyWorker;
    SignedInUser manager;
    Person ann;
    Person ben;
    Person cat;
    DashboardFilter marchAndApril;

    @BeforeEach
    void setUp() {
        team = data.team("Dorset");
        custodyWorker = data.user(Role.CUSTODY_WORKER, team);
        manager = data.user(Role.MANAGER, team);
        ann = data.person(
                custodyWorker, Fixtures.details().sex(StatedSex.FEMALE).born(LocalDate.of(1990, 1, 1)));
        ben = data.person(custodyWorker, Fixtures.details().sex(StatedSex.MALE).born(LocalDate.of(2005, 1, 1)));
        cat = data.person(custodyWorker, Fixtures.details().sex(StatedSex.MALE).born(LocalDate.of(1970, 1, 1)));
        Person dan = data.person(custodyWorker);
        marchAndApril = new DashboardFilter(
                null,
                team.getId(),
                List.of(team.getId()),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30),
                "Test team");

        // ann: positive, assessed the next day, referred two days after the test, in treatment from ten days after
        // it and still there 12 weeks on. A second positive later does not count her twice.
        test(ann, "2026-03-10T09:00", "OPIATES", "2026-03-11T09:00");
        test(ann, "2026-04-20T09:00", "OPIATES", null);
        referral(ann, "2026-03-12T09:00");
        episode(ann, "2026-03-20", null, null);
        // ben: positive, failed his assessment, nothing after.
        Long bens = test(ben, "2026-04-01T09:00", "COCAINE", null);
        jdbc.update(
                "update required_assessment set outcome = 'FAILED_TO_ATTEND', outcome_recorded_at = appointment_at,"
                        + " outcome_recorded_by = 'test', result = null where custody_event_id = ?",
                bens);
        // cat: positive for both, no assessment, referred the next day, treatment five days after the test,
        // completed within the 12 weeks (which counts as retained).
        test(cat, "2026-04-10T09:00", "BOTH", null);
        jdbc.update(
                "delete from required_assessment where custody_event_id in (select id from custody_event where person_id = ?)",
                cat.getId());
        referral(cat, "2026-04-11T09:00");
        episode(cat, "2026-04-15", "2026-04-30", "COMPLETED_FREE_OF_DEPENDENCY");
        // dan: negative, not in the cohort.
        test(dan, "2026-03-15T09:00", null, null);

        // Releases: March, one seen within 3 weeks and one seen later; April, one not seen; June, outside the period.
        release(ann, "2026-03-01", "2026-03-10");
        release(ben, "2026-03-05", "2026-04-20");
        release(cat, "2026-04-01", null);
        release(dan, "2026-06-10", null);
        // The funnel reads the read model dashboard_pathway_test, recounted with the day summaries.
        summaries.refresh();
    }

    @Test
    void theFunnelAndItsListsAreAsAtTheLastRecount() {
        Person eve = data.person(custodyWorker);
        test(eve, "2026-04-05T09:00", "OPIATES", "2026-04-06T09:00");
        referral(eve, "2026-04-07T09:00");

        assertThat(pathway.funnel(marchAndApril).steps()).isEqualTo(new PathwayFigures.Steps(3, 1, 2, 2, 2, 1));
        assertThat(cases.page(new CaseLists.Selection(Figure.PATHWAY, "REFERRED"), marchAndApril, manager, 0, 25)
                        .getContent())
                .extracting(CaseLists.CaseRow::personId)
                .containsExactlyInAnyOrder(ann.getId(), cat.getId());

        summaries.refresh();

        assertThat(pathway.funnel(marchAndApril).steps()).isEqualTo(new PathwayFigures.Steps(4, 2, 3, 2, 2, 1));
        assertThat(cases.page(new CaseLists.Selection(Figure.PATHWAY, "REFERRED"), marchAndApril, manager, 0, 25)
                        .getContent())
                .extracting(CaseLists.CaseRow::personId)
                .containsExactlyInAnyOrder(ann.getId(), cat.getId(), eve.getId());
    }

    @Test
    void theFunnelAsCountedByHand() {
        PathwayFigures.Funnel funnel = pathway.funnel(marchAndApril);

        assertThat(funnel.steps()).isEqualTo(new PathwayFigures.Steps(3, 1, 2, 2, 2, 1));
        assertThat(funnel.daysToAssessment()).isEqualTo(1.0);
        assertThat(funnel.daysToReferral()).isEqualTo(1.5);
        assertThat(funnel.daysToTreatment()).isEqualTo(7.5);
    }

    @Test
    void theFunnelBrokenDownByNeed() {
        List<PathwayFigures.Group> groups = pathway.breakdowns(marchAndApril);

        assertThat(groups)
                .filteredOn(g -> g.dimension() == PathwayFigures.Breakdown.SEX)
                .extracting(PathwayFigures.Group::group, PathwayFigures.Group::steps)
                .containsExactly(
                        tuple("FEMALE", new PathwayFigures.Steps(1, 1, 1, 1, 1, 0)),
                        tuple("MALE", new PathwayFigures.Steps(2, 0, 1, 1, 1, 1)));
        assertThat(groups)
                .filteredOn(g -> g.dimension() == PathwayFigures.Breakdown.AGE_BAND)
                .extracting(
                        g -> PathwayDashboard.groupName(g.dimension(), g.group()),
                        g -> g.steps().positive())
                .containsExactly(tuple("18 to 24", 1L), tuple("35 to 44", 1L), tuple("55 and over", 1L));
        assertThat(groups)
                .filteredOn(g -> g.dimension() == PathwayFigures.Breakdown.ACUTE_HOUSING_NEED)
                .extracting(g -> g.steps().positive())
                .containsExactly(3L);
    }

    @Test
    void theListBehindAStepHasThePeopleWhoReachedIt() {
        assertThat(cases.page(new CaseLists.Selection(Figure.PATHWAY, "REFERRED"), marchAndApril, manager, 0, 25)
                        .getContent())
                .extracting(CaseLists.CaseRow::personId)
                .containsExactlyInAnyOrder(ann.getId(), cat.getId());
        assertThat(cases.page(new CaseLists.Selection(Figure.PATHWAY, null), marchAndApril, manager, 0, 25)
                        .getTotalElements())
                .isEqualTo(3);
    }

    @Test
    void theListBehindAGroupOfABreakdownHasThatGroupOnly() {
        assertThat(cases.page(
                                new CaseLists.Selection(
                                        Figure.PATHWAY, "REFERRED", PathwayFigures.Breakdown.SEX, "MALE"),
                                marchAndApril,
                                manager,
                                0,
                                25)
                        .getContent())
                .extracting(CaseLists.CaseRow::personId)
                .containsExactly(cat.getId());
        assertThat(cases.page(
                                new CaseLists.Selection(
                                        Figure.PATHWAY, null, PathwayFigures.Breakdown.AGE_BAND, "b. 18 to 24"),
                                marchAndApril,
                                manager,
                                0,
                                25)
                        .getContent())
                .extracting(CaseLists.CaseRow::personId)
                .containsExactly(ben.getId());
        assertThat(cases.page(
                                new CaseLists.Selection(
                                        Figure.PATHWAY, null, PathwayFigures.Breakdown.PRIMARY_SUBSTANCE, null),
                                marchAndApril,
                                manager,
                                0,
                                25)
                        .getTotalElements())
                .as("nobody here has a primary substance recorded")
                .isEqualTo(3);
    }

    @Test
    void continuityOfCareAsCountedByHand() {
        assertThat(continuity.months(marchAndApril))
                .containsExactly(
                        new ContinuityDashboard.ReleaseMonth(YearMonth.of(2026, 3), 2, 1, 1, 0, 0),
                        new ContinuityDashboard.ReleaseMonth(YearMonth.of(2026, 4), 1, 0, 0, 1, 0));
        assertThat(continuity.months(marchAndApril).get(0).rate()).isEqualTo(50.0);
    }

    @Test
    void outcomeAveragesAsCountedByHand() {
        Long anns =
                jdbc.queryForObject("select id from treatment_episode where person_id = ?", Long.class, ann.getId());
        Long cats =
                jdbc.queryForObject("select id from treatment_episode where person_id = ?", Long.class, cat.getId());
        review(anns, ann, "START", "2026-03-20", 20, 8);
        review(anns, ann, "REVIEW", "2026-04-20", 10, 12);
        review(cats, cat, "START", "2026-04-15", 28, 4);
        review(cats, cat, "EXIT", "2026-04-30", 0, 16);

        summaries.refresh();
        OutcomesDashboard.Outcomes figures = outcomes.outcomes(marchAndApril);

        assertThat(figures.people()).isEqualTo(2);
        OutcomesDashboard.Item opiates = figures.items().stream()
                .filter(i -> i.label().equals("Days using opiates"))
                .findFirst()
                .orElseThrow();
        assertThat(opiates).isEqualTo(new OutcomesDashboard.Item("Days using opiates", 24.0, 5.0, -19.0));
        assertThat(figures.items().get(figures.items().size() - 1))
                .isEqualTo(new OutcomesDashboard.Item("Quality of life (0 to 20)", 6.0, 14.0, 8.0));
    }

    private Long test(Person person, String arrestedUk, String positive, String assessedUk) {
        Timestamp arrested = uk(arrestedUk);
        Long id = jdbc.queryForObject(
                """
                insert into custody_event (person_id, suite_id, arrested_at, test_stage, sample_taken_at, sample_type,
                    outcome, created_at, created_by, updated_at, updated_by)
                values (?, (select min(id) from custody_suite), ?, 'ON_ARREST', ?, 'ORAL_FLUID', 'TESTED', now(), ?, now(), ?)
                returning id""",
                Long.class,
                person.getId(),
                arrested,
                arrested,
                custodyWorker.username(),
                custodyWorker.username());
        boolean opiates = "OPIATES".equals(positive) || "BOTH".equals(positive);
        boolean cocaine = "COCAINE".equals(positive) || "BOTH".equals(positive);
        result(id, "OPIATES", opiates);
        result(id, "COCAINE", cocaine);
        if (positive != null) {
            Timestamp appointment =
                    assessedUk == null ? new Timestamp(arrested.getTime() + 86_400_000L) : uk(assessedUk);
            jdbc.update(
                    """
                    insert into required_assessment (custody_event_id, kind, appointment_at, place, notice_given_at,
                        assessor_name, outcome, outcome_recorded_at, outcome_recorded_by, result,
                        created_at, created_by, updated_at, updated_by)
                    values (?, 'INITIAL', ?, 'Hub', ?, 'Assessor', ?, ?, ?, ?, now(), 'test', now(), 'test')""",
                    id,
                    appointment,
                    arrested,
                    assessedUk == null ? null : "ATTENDED_AND_REMAINED",
                    assessedUk == null ? null : appointment,
                    assessedUk == null ? null : "test",
                    assessedUk == null ? null : "CARE_PLAN");
        }
        return id;
    }

    private void result(Long eventId, String substance, boolean positive) {
        jdbc.update("""
                insert into drug_test_result (custody_event_id, tested_substance_id, result, created_at, created_by,
                    updated_at, updated_by)
                values (?, (select id from tested_substance where code = ?), ?, now(), 'test', now(), 'test')""", eventId, substance, positive ? "POSITIVE" : "NEGATIVE");
    }

    private void referral(Person person, String sentUk) {
        jdbc.update("""
                insert into referral (person_id, from_stage, service, provider_id, reason, urgency, from_team_id, sent_at,
                    sent_by, created_at, created_by, updated_at, updated_by)
                values (?, 'CUSTODY', 'COMMUNITY_DRUG_TREATMENT', (select min(id) from provider), 'Positive test',
                    'ROUTINE', ?, ?, 'test', now(), 'test', now(), 'test')""", person.getId(), team.getId(), uk(sentUk));
    }

    private void episode(Person person, String startedOn, String exitOn, String exitReason) {
        jdbc.update(
                """
                insert into treatment_episode (person_id, provider_id, team_id, setting, key_worker, started_on, exit_on,
                    exit_reason, exit_recorded_by, created_at, created_by, updated_at, updated_by)
                values (?, (select min(id) from provider), ?, 'COMMUNITY', 'Key worker', ?, ?, ?, ?, now(), 'test', now(),
                    'test')""",
                person.getId(),
                team.getId(),
                Date.valueOf(startedOn),
                exitOn == null ? null : Date.valueOf(exitOn),
                exitReason,
                exitOn == null ? null : "test");
    }

    private void release(Person person, String releasedOn, String seenOn) {
        jdbc.update(
                """
                insert into prison_release (person_id, team_id, released_on, prison, naloxone_supplied, continuity_referral,
                    first_appointment_on, first_appointment_by, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, 'HMP Test', true, true, ?, ?, now(), 'test', now(), 'test')""",
                person.getId(),
                team.getId(),
                Date.valueOf(releasedOn),
                seenOn == null ? null : Date.valueOf(seenOn),
                seenOn == null ? null : "test");
    }

    private void review(Long episodeId, Person person, String kind, String on, int opiateDays, int qualityOfLife) {
        jdbc.update("""
                insert into outcome_review (episode_id, person_id, kind, reviewed_on, conducted_by, alcohol_days,
                    opiate_days, crack_days, cocaine_days, amphetamine_days, cannabis_days, other_drug_days, tobacco_days,
                    injecting_days, shared_equipment, shoplifting_days, selling_drugs_days, vehicle_theft_days,
                    theft_burglary_days, violence_days, psychological_health, physical_health, quality_of_life,
                    paid_work_days, education_days, acute_housing_problem, eviction_risk,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, 'Key worker', 0, ?, 0, 0, 0, 0, 0, 0, 0, false, 0, 0, 0, 0, 0, 10, 10, ?, 0, 0,
                    false, false, now(), 'test', now(), 'test')""", episodeId, person.getId(), kind, Date.valueOf(on), opiateDays, qualityOfLife);
    }

    private static Timestamp uk(String local) {
        return Timestamp.from(
                LocalDateTime.parse(local).atZone(ZoneId.of("Europe/London")).toInstant());
    }
}
