package org.throughcare.custody;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custody module's reporting views give each test's result group (kept on the test since V56) and initial
 * assessment, and custody_test_bulk_overview the same rows as custody_test_overview: test for test, for every result
 * group, confirmed results, tests without results and voided tests.
 */
@IntegrationTest
class CustodyReportingViewsTest {

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBulkViewGivesTheSameRowsAsTheReportingView() {
        Team team = data.team("Cumbria");
        SignedInUser worker = data.user(Role.CUSTODY_WORKER, team);
        Person person = data.person(worker);
        Long opiates = test(person, worker, "TESTED", "2026-03-01T09:00:00Z");
        result(opiates, "OPIATES", "POSITIVE", null);
        result(opiates, "COCAINE", "NEGATIVE", null);
        Long both = test(person, worker, "TESTED", "2026-03-02T09:00:00Z");
        result(both, "OPIATES", "POSITIVE", null);
        result(both, "COCAINE", "POSITIVE", null);
        // Positive at the point of test, negative once confirmed: the confirmed result counts.
        Long confirmedNegative = test(person, worker, "TESTED", "2026-03-03T09:00:00Z");
        result(confirmedNegative, "OPIATES", "POSITIVE", "NEGATIVE");
        result(confirmedNegative, "COCAINE", "POSITIVE", null);
        Long noResults = test(person, worker, "TESTED", "2026-03-04T09:00:00Z");
        Long refused = test(person, worker, "REFUSED", "2026-03-05T09:00:00Z");
        Long voided = test(person, worker, "TESTED", "2026-03-06T09:00:00Z");
        result(voided, "OPIATES", "POSITIVE", null);
        jdbc.update(
                "update custody_event set voided_at = now(), voided_by = 'test', void_reason = 'Recorded twice'"
                        + " where id = ?",
                voided);
        jdbc.update("""
                insert into required_assessment (custody_event_id, kind, appointment_at, place, notice_given_at,
                    assessor_name, outcome, outcome_recorded_at, outcome_recorded_by, result,
                    created_at, created_by, updated_at, updated_by)
                values (?, 'INITIAL', now(), 'Hub', now(), 'Assessor', 'ATTENDED_AND_REMAINED', now(), 'test',
                    'CARE_PLAN', now(), 'test', now(), 'test')""", opiates);
        List<Long> ids = List.of(opiates, both, confirmedNegative, noResults, refused, voided);

        assertThat(rows("custody_test_bulk_overview", ids)).isEqualTo(rows("custody_test_overview", ids));
        assertThat(jdbc.queryForList(
                        "select result_group from custody_test_bulk_overview where event_id = any(?) order by event_id",
                        String.class,
                        (Object) ids.toArray(Long[]::new)))
                .containsExactly("OPIATES_ONLY", "BOTH", "COCAINE_ONLY", "NEGATIVE", "REFUSED");
    }

    /**
     * Each test keeps its result group (migration V56): whatever writes the results, in one row or many at once, the
     * group follows them, and a changed outcome regroups the test.
     */
    @Test
    void eachTestKeepsTheResultGroupOfItsResultsThroughEveryChange() {
        Team team = data.team("Cumbria");
        SignedInUser worker = data.user(Role.CUSTODY_WORKER, team);
        Person person = data.person(worker);
        Long first = test(person, worker, "TESTED", "2026-04-01T09:00:00Z");
        Long second = test(person, worker, "TESTED", "2026-04-02T09:00:00Z");
        Long refused = test(person, worker, "REFUSED", "2026-04-03T09:00:00Z");
        assertThat(groups(first, second, refused)).containsExactly("NEGATIVE", "NEGATIVE", "REFUSED");

        result(first, "OPIATES", "POSITIVE", null);
        assertThat(groups(first, second)).containsExactly("OPIATES_ONLY", "NEGATIVE");

        // Two tests' results in one statement: both regrouped.
        jdbc.update("""
                insert into drug_test_result (custody_event_id, tested_substance_id, result,
                    created_at, created_by, updated_at, updated_by)
                select e.id, (select id from tested_substance where code = 'COCAINE'), 'POSITIVE',
                    now(), 'test', now(), 'test'
                from custody_event e where e.id in (?, ?)""", first, second);
        assertThat(groups(first, second)).containsExactly("BOTH", "COCAINE_ONLY");

        // The laboratory confirms the opiates result negative: the confirmed result counts.
        jdbc.update("""
                update drug_test_result set disputed_at = now(), disputed_by = 'test', confirmed_result = 'NEGATIVE',
                    confirmed_at = now(), confirmed_by = 'test'
                where custody_event_id = ? and tested_substance_id = (select id from tested_substance where code = 'OPIATES')""", first);
        assertThat(groups(first)).containsExactly("COCAINE_ONLY");

        jdbc.update(
                "delete from drug_test_result where custody_event_id = ? and tested_substance_id ="
                        + " (select id from tested_substance where code = 'COCAINE')",
                first);
        assertThat(groups(first)).containsExactly("NEGATIVE");

        // A changed outcome regroups from the results there are.
        jdbc.update("update custody_event set outcome = 'NO_VALID_SAMPLE' where id = ?", second);
        assertThat(groups(second)).containsExactly("NO_VALID_SAMPLE");
        jdbc.update("update custody_event set outcome = 'TESTED' where id = ?", second);
        assertThat(groups(second)).containsExactly("COCAINE_ONLY");
        assertThat(jdbc.queryForObject(
                        "select result_group from custody_test_overview where event_id = ?", String.class, second))
                .isEqualTo("COCAINE_ONLY");
    }

    /**
     * An initial assessment knows whether its event's follow-up is recorded (V57), whoever writes the follow-up and
     * in whichever order the two rows arrive.
     */
    @Test
    void anInitialAssessmentKnowsWhetherItsFollowUpIsRecorded() {
        Team team = data.team("Cumbria");
        SignedInUser worker = data.user(Role.CUSTODY_WORKER, team);
        Person person = data.person(worker);
        Long event = test(person, worker, "TESTED", "2026-05-01T09:00:00Z");
        Long initial = assessment(event, "INITIAL");
        assertThat(followUpRecorded(initial)).isFalse();

        Long followUp = assessment(event, "FOLLOW_UP");
        assertThat(followUpRecorded(initial)).isTrue();
        assertThat(followUpRecorded(followUp)).isFalse();

        jdbc.update("delete from required_assessment where id = ?", followUp);
        assertThat(followUpRecorded(initial)).isFalse();

        // The follow-up written first, the initial assessment after it.
        Long other = test(person, worker, "TESTED", "2026-05-02T09:00:00Z");
        assessment(other, "FOLLOW_UP");
        assertThat(followUpRecorded(assessment(other, "INITIAL"))).isTrue();
    }

    private Long assessment(Long eventId, String kind) {
        return jdbc.queryForObject("""
                insert into required_assessment (custody_event_id, kind, appointment_at, place, notice_given_at,
                    assessor_name, created_at, created_by, updated_at, updated_by)
                values (?, ?, now(), 'Hub', now(), 'Assessor', now(), 'test', now(), 'test')
                returning id""", Long.class, eventId, kind);
    }

    private boolean followUpRecorded(Long assessmentId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select follow_up_recorded from required_assessment where id = ?", Boolean.class, assessmentId));
    }

    private List<String> groups(Long... ids) {
        return jdbc.queryForList(
                "select result_group from custody_event where id = any(?) order by id", String.class, (Object) ids);
    }

    private List<String> rows(String view, List<Long> ids) {
        return jdbc.queryForList(
                "select v::text from " + view + " v where v.event_id = any(?) order by v.event_id",
                String.class,
                (Object) ids.toArray(Long[]::new));
    }

    private Long test(Person person, SignedInUser worker, String outcome, String arrested) {
        Timestamp at = Timestamp.from(Instant.parse(arrested));
        return jdbc.queryForObject(
                """
                insert into custody_event (person_id, suite_id, arrested_at, test_stage, sample_taken_at, sample_type,
                    outcome, refusal_warning_given, created_at, created_by, updated_at, updated_by)
                values (?, (select min(id) from custody_suite), ?, 'ON_ARREST', ?, ?, ?, ?, now(), ?, now(), ?)
                returning id""",
                Long.class,
                person.getId(),
                at,
                "TESTED".equals(outcome) ? at : null,
                "TESTED".equals(outcome) ? "ORAL_FLUID" : null,
                outcome,
                "REFUSED".equals(outcome) ? Boolean.TRUE : null,
                worker.username(),
                worker.username());
    }

    /** A result; a confirmed result follows a dispute, as the rules ask. */
    private void result(Long eventId, String substance, String result, String confirmed) {
        Timestamp disputed = confirmed == null ? null : Timestamp.from(Instant.parse("2026-03-10T09:00:00Z"));
        Timestamp confirmedAt = confirmed == null ? null : Timestamp.from(Instant.parse("2026-03-20T09:00:00Z"));
        jdbc.update(
                """
                insert into drug_test_result (custody_event_id, tested_substance_id, result, disputed_at, disputed_by,
                    confirmed_result, confirmed_at, confirmed_by, created_at, created_by, updated_at, updated_by)
                values (?, (select id from tested_substance where code = ?), ?, ?, ?, ?, ?, ?, now(), 'test', now(),
                    'test')""",
                eventId,
                substance,
                result,
                disputed,
                confirmed == null ? null : "test",
                confirmed,
                confirmedAt,
                confirmed == null ? null : "test");
    }
}
