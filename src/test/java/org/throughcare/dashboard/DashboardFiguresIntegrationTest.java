package org.throughcare.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.order.OrderFixtures;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;
import org.throughcare.web.DateInput;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboards' figures on PostgreSQL against a small fixed data set whose figures were counted by hand: one team of
 * its own, so other tests' rows cannot count. Also the lists behind the figures (the same rows, only people in scope,
 * audited) and the filter's checks.
 */
@IntegrationTest
@Import(OrderFixtures.class)
class DashboardFiguresIntegrationTest {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);

    @Autowired
    DashboardFigures figures;

    @Autowired
    DashboardSummaries summaries;

    @Autowired
    CaseLists cases;

    @Autowired
    DashboardScope scope;

    @Autowired
    CaseloadDashboard caseload;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orderData;

    @Autowired
    JdbcTemplate jdbc;

    Team team;
    SignedInUser custodyWorker;
    SignedInUser officer;
    SignedInUser manager;
    Person ann;
    Person ben;
    Person cat;
    DashboardFilter marchAndApril;
    Long drrOrder;
    Long unpaidWorkOrder;

    @BeforeEach
    void setUp() {
        team = data.team("Cumbria");
        custodyWorker = data.user(Role.CUSTODY_WORKER, team);
        officer = data.user(Role.PROBATION_OFFICER, team);
        manager = data.user(Role.MANAGER, data.team("Cumbria"));
        ann = data.person(custodyWorker);
        ben = data.person(custodyWorker);
        cat = data.person(custodyWorker);
        marchAndApril = new DashboardFilter(null, team.getId(), List.of(team.getId()), MARCH_1, APRIL_30, "Test team");

        // Custody, counted by hand: March has 2 tests (opiates only, with the initial assessment attended; both, with
        // it failed); April has 3 (negative; refused; a cocaine positive that the lab found negative). A voided test
        // and one outside the period do not count.
        Long e1 = test(ann, "2026-03-10T09:00", "TESTED", false);
        result(e1, "OPIATES", "POSITIVE", null);
        result(e1, "COCAINE", "NEGATIVE", null);
        assessment(e1, "ATTENDED_AND_REMAINED");
        Long e2 = test(ben, "2026-03-20T09:00", "TESTED", false);
        result(e2, "OPIATES", "POSITIVE", null);
        result(e2, "COCAINE", "POSITIVE", null);
        assessment(e2, "FAILED_TO_ATTEND");
        Long e3 = test(cat, "2026-04-05T09:00", "TESTED", false);
        result(e3, "OPIATES", "NEGATIVE", null);
        result(e3, "COCAINE", "NEGATIVE", null);
        test(ann, "2026-04-06T09:00", "REFUSED", false);
        Long e5 = test(ben, "2026-04-07T09:00", "TESTED", false);
        result(e5, "OPIATES", "NEGATIVE", null);
        result(e5, "COCAINE", "POSITIVE", "NEGATIVE");
        Long voided = test(cat, "2026-04-08T09:00", "TESTED", true);
        result(voided, "COCAINE", "POSITIVE", null);
        Long before = test(cat, "2026-02-28T23:30", "TESTED", false);
        result(before, "COCAINE", "POSITIVE", null);
        // 1 May 00:30 UK time is 30 April 23:30 UTC: after the period, though its UTC date is inside it.
        Long after = test(cat, "2026-05-01T00:30", "TESTED", false);
        result(after, "COCAINE", "POSITIVE", null);

        // Orders: a DRR order commenced in March, an unpaid work order commenced in April and completed in April.
        drrOrder = orderData.drrOrder(ann.getId(), LocalDate.of(2026, 3, 15), officer);
        unpaidWorkOrder = orderData.unpaidWorkOrder(ben.getId(), LocalDate.of(2026, 4, 1), officer);
        orderData.complete(unpaidWorkOrder, LocalDate.of(2026, 4, 20), officer);

        // Compliance on the DRR order: March, one complied; April, an unacceptable absence (warned), a failure to
        // comply (breach action), an acceptable absence, and a rescheduled one (which does not count).
        appointment(drrOrder, ann, "2026-03-20T10:00", "ATTENDED_COMPLIED");
        Long absence = appointment(drrOrder, ann, "2026-04-10T10:00", "UNACCEPTABLE_ABSENCE");
        Long failure = appointment(drrOrder, ann, "2026-04-14T10:00", "ATTENDED_FAILED_TO_COMPLY");
        appointment(drrOrder, ann, "2026-04-16T10:00", "ACCEPTABLE_ABSENCE");
        appointment(drrOrder, ann, "2026-04-18T10:00", "RESCHEDULED");
        action(drrOrder, ann, absence, "WARNING", "2026-04-11");
        action(drrOrder, ann, failure, "BREACH", "2026-04-15");
        // The custody and compliance figures sum the day summaries: recount them with the rows above.
        summaries.refresh();
    }

    @Test
    void custodyFiguresAreThoseOfTheLastRecountUntilTheNext() {
        long counted = figures.custody(marchAndApril).stream()
                .mapToLong(DashboardFigures.CustodyMonth::tests)
                .sum();
        test(cat, "2026-04-20T09:00", "REFUSED", false);
        assertThat(figures.custody(marchAndApril).stream()
                        .mapToLong(DashboardFigures.CustodyMonth::tests)
                        .sum())
                .as("not recounted yet")
                .isEqualTo(counted);

        summaries.refresh();
        assertThat(figures.custody(marchAndApril).stream()
                        .mapToLong(DashboardFigures.CustodyMonth::tests)
                        .sum())
                .isEqualTo(counted + 1);
        assertThat(summaries.refreshedAt()).isNotNull();
    }

    @Test
    void custodyFiguresByMonthAsCountedByHand() {
        List<DashboardFigures.CustodyMonth> months = figures.custody(marchAndApril);

        assertThat(months)
                .containsExactly(
                        new DashboardFigures.CustodyMonth(YearMonth.of(2026, 3), 2, 1, 0, 1, 0, 0, 0, 1, 1),
                        new DashboardFigures.CustodyMonth(YearMonth.of(2026, 4), 3, 0, 0, 0, 2, 1, 0, 0, 0));
    }

    @Test
    void aMonthWithNothingStillHasItsRow() {
        DashboardFilter winter = new DashboardFilter(
                null, team.getId(), List.of(team.getId()), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31), "");

        assertThat(figures.custody(winter))
                .extracting(DashboardFigures.CustodyMonth::month, DashboardFigures.CustodyMonth::tests)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 12), 0L),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 1), 0L));
    }

    @Test
    void orderFiguresAsCountedByHand() {
        assertThat(figures.commencements(marchAndApril))
                .containsExactly(
                        new DashboardFigures.OrderMonth(YearMonth.of(2026, 3), 1, 1, 0, 0),
                        new DashboardFigures.OrderMonth(YearMonth.of(2026, 4), 1, 0, 0, 0));
        // Today (17 June 2026) the DRR order is active and the unpaid work order has ended.
        assertThat(figures.orderTotals(marchAndApril)).isEqualTo(new DashboardFigures.OrderTotals(1, 1, 0, 0, 1));
    }

    @Test
    void complianceFiguresAsCountedByHand() {
        List<DashboardFigures.ComplianceMonth> months = figures.compliance(marchAndApril);

        assertThat(months)
                .containsExactly(
                        new DashboardFigures.ComplianceMonth(YearMonth.of(2026, 3), 1, 1, 0, 0, 0, 0),
                        new DashboardFigures.ComplianceMonth(YearMonth.of(2026, 4), 3, 1, 1, 1, 1, 1));
        assertThat(months.get(0).rate()).isEqualTo(100.0);
        assertThat(months.get(1).rate()).isEqualTo(33.3);
    }

    @Test
    void theListBehindAFigureHasItsRowsOnlyAndIsAudited() {
        Page<CaseLists.CaseRow> negatives =
                cases.page(new CaseLists.Selection(Figure.CUSTODY_TESTS, "NEGATIVE"), marchAndApril, manager, 0, 25);

        assertThat(negatives.getTotalElements()).isEqualTo(2);
        assertThat(negatives.getContent())
                .extracting(CaseLists.CaseRow::personId, CaseLists.CaseRow::occurredOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ben.getId(), LocalDate.of(2026, 4, 7)),
                        org.assertj.core.groups.Tuple.tuple(cat.getId(), LocalDate.of(2026, 4, 5)));
        assertThat(negatives.getContent().get(0).name()).isEqualTo(ben.fullName());
        assertThat(jdbc.queryForObject(
                        "select summary from audit_event where actor = ? and record_type = 'Dashboard' and action = 'VIEW'"
                                + " order by id desc limit 1",
                        String.class,
                        manager.username()))
                .startsWith("Drug tests in custody: negative, Test team, 1 March 2026 to 30 April 2026")
                .endsWith("2 of 2 rows shown");

        Page<CaseLists.CaseRow> breaches =
                cases.page(new CaseLists.Selection(Figure.ENFORCEMENT, "BREACH"), marchAndApril, manager, 0, 25);
        assertThat(breaches.getContent())
                .extracting(CaseLists.CaseRow::personId)
                .containsExactly(ann.getId());
    }

    @Test
    void caseloadCountsAndTheirListsAgree() {
        CaseloadDashboard.TeamLoad load = caseload.teams(marchAndApril).get(0);
        assertThat(load.team()).isEqualTo(team.getName());
        assertThat(load.openCases()).isEqualTo(3);
        assertThat(load.unallocated())
                .as("a person's first case is allocated to who recorded them")
                .isZero();
        assertThat(cases.page(new CaseLists.Selection(Figure.OPEN_CASES, "ALLOCATED"), marchAndApril, manager, 0, 25)
                        .getContent())
                .extracting(CaseLists.CaseRow::personId)
                .containsExactlyInAnyOrder(ann.getId(), ben.getId(), cat.getId());
        // the rescheduled appointment's new one (20 June) is not yet due: no outcome is overdue
        assertThat(load.overdueOutcomes()).isZero();
        assertThat(caseload.workers(marchAndApril))
                .filteredOn(w -> w.name().equals(officer.displayName()))
                .extracting(CaseloadDashboard.Worker::activeOrders)
                .containsExactly(1L);
        assertThat(load.assessmentsOverdue()).isZero();

        // An appointment on 15 June without an outcome: overdue at the next recount, for the team and its officer.
        appointment(drrOrder, ann, "2026-06-15T10:00", null);
        assertThat(caseload.teams(marchAndApril).get(0).overdueOutcomes())
                .as("as counted at the last recount")
                .isZero();
        summaries.refresh();
        assertThat(caseload.teams(marchAndApril).get(0).overdueOutcomes()).isEqualTo(1);
        assertThat(caseload.workers(marchAndApril))
                .filteredOn(w -> w.name().equals(officer.displayName()))
                .extracting(CaseloadDashboard.Worker::overdueOutcomes)
                .containsExactly(1L);

        // Two initial assessments without an outcome: one was due on 10 April (overdue), one is due tomorrow.
        pendingAssessment(test(cat, "2026-04-09T09:00", "TESTED", false));
        pendingAssessment(test(ben, "2026-06-17T08:00", "TESTED", false));
        summaries.refresh();
        assertThat(caseload.teams(marchAndApril).get(0).assessmentsOverdue()).isEqualTo(1);
        assertThat(cases.page(new CaseLists.Selection(Figure.ASSESSMENTS_OVERDUE, null), marchAndApril, manager, 0, 25)
                        .getContent())
                .extracting(CaseLists.CaseRow::personId)
                .containsExactly(cat.getId());
    }

    private void pendingAssessment(Long eventId) {
        jdbc.update("""
                insert into required_assessment (custody_event_id, kind, appointment_at, place, notice_given_at,
                    assessor_name, created_at, created_by, updated_at, updated_by)
                select id, 'INITIAL', arrested_at + interval '1 day', 'Hub', arrested_at, 'Assessor',
                       now(), 'test', now(), 'test'
                from custody_event where id = ?""", eventId);
    }

    @Test
    void theListPagesAndExportsEveryRow() {
        CaseLists.Selection all = new CaseLists.Selection(Figure.CUSTODY_TESTS, null);
        Page<CaseLists.CaseRow> first = cases.page(all, marchAndApril, manager, 0, 2);
        Page<CaseLists.CaseRow> last = cases.page(all, marchAndApril, manager, 2, 2);
        assertThat(first.getTotalElements()).isEqualTo(5);
        assertThat(first.getContent()).hasSize(2);
        assertThat(last.getContent()).hasSize(1);

        List<CaseLists.CaseRow> exported = new ArrayList<>();
        cases.export(all, marchAndApril, manager, exported::add);
        assertThat(exported).hasSize(5);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'EXPORT'",
                        Long.class,
                        manager.username()))
                .isEqualTo(1);
    }

    @Test
    void aManagerOfAnotherAreaSeesNoOneAndAnAdministratorIsRefused() {
        SignedInUser elsewhere = data.user(Role.MANAGER, "Merseyside");
        assertThat(cases.page(new CaseLists.Selection(Figure.CUSTODY_TESTS, null), marchAndApril, elsewhere, 0, 25)
                        .getTotalElements())
                .isZero();

        SignedInUser admin = data.user(Role.ADMIN, "Cumbria");
        assertThatThrownBy(() ->
                        cases.page(new CaseLists.Selection(Figure.CUSTODY_TESTS, null), marchAndApril, admin, 0, 25))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFilterKeepsAManagerToTheirAreaAndChecksThePeriod() {
        SignedInUser elsewhere = data.user(Role.MANAGER, "Merseyside");
        DashboardFilterForm form = form(team.getId(), "1", "3", "2026", "30", "4", "2026");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "filter");
        scope.applyDefaults(form, elsewhere);
        assertThat(scope.resolve(form, elsewhere, scope.teams(elsewhere), errors))
                .isNull();
        assertThat(errors.getFieldError("team").getDefaultMessage()).isEqualTo("Choose a team in the area chosen");

        DashboardFilterForm backwards = form(team.getId(), "1", "5", "2026", "30", "4", "2026");
        errors = new BeanPropertyBindingResult(backwards, "filter");
        scope.applyDefaults(backwards, manager);
        assertThat(scope.resolve(backwards, manager, scope.teams(manager), errors))
                .isNull();
        assertThat(errors.getFieldError("to").getDefaultMessage())
                .isEqualTo("The end of the period must be the same as or after its start");

        DashboardFilterForm defaults = new DashboardFilterForm();
        errors = new BeanPropertyBindingResult(defaults, "filter");
        scope.applyDefaults(defaults, manager);
        DashboardFilter filter = scope.resolve(defaults, manager, scope.teams(manager), errors);
        assertThat(filter.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(filter.to()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(filter.months()).hasSize(12);
        assertThat(filter.teamIds())
                .contains(team.getId())
                .doesNotContain(data.team("Merseyside").getId());
    }

    static DashboardFilterForm form(Long team, String d1, String m1, String y1, String d2, String m2, String y2) {
        DashboardFilterForm form = new DashboardFilterForm();
        form.setTeam(team);
        form.setFrom(new DateInput(d1, m1, y1));
        form.setTo(new DateInput(d2, m2, y2));
        return form;
    }

    private Long test(Person person, String arrestedUk, String outcome, boolean voided) {
        Timestamp arrested = Timestamp.from(LocalDateTime.parse(arrestedUk)
                .atZone(ZoneId.of("Europe/London"))
                .toInstant());
        boolean tested = outcome.equals("TESTED");
        return jdbc.queryForObject(
                """
                insert into custody_event (person_id, suite_id, arrested_at, test_stage, sample_taken_at, sample_type,
                    outcome, refusal_warning_given, voided_at, voided_by, void_reason,
                    created_at, created_by, updated_at, updated_by)
                values (?, (select min(id) from custody_suite), ?, 'ON_ARREST', ?, ?, ?, ?, ?, ?, ?, now(), ?, now(), ?)
                returning id""",
                Long.class,
                person.getId(),
                arrested,
                tested ? arrested : null,
                tested ? "ORAL_FLUID" : null,
                outcome,
                outcome.equals("REFUSED") ? Boolean.TRUE : null,
                voided ? arrested : null,
                voided ? "test" : null,
                voided ? "Recorded against the wrong person" : null,
                custodyWorker.username(),
                custodyWorker.username());
    }

    private void result(Long eventId, String substance, String result, String confirmed) {
        jdbc.update(
                """
                insert into drug_test_result (custody_event_id, tested_substance_id, result, disputed_at, disputed_by,
                    confirmed_result, confirmed_at, confirmed_by, created_at, created_by, updated_at, updated_by)
                values (?, (select id from tested_substance where code = ?), ?, ?, ?, ?, ?, ?, now(), 'test', now(), 'test')""",
                eventId,
                substance,
                result,
                confirmed == null ? null : Timestamp.valueOf("2026-04-08 10:00:00"),
                confirmed == null ? null : "test",
                confirmed,
                confirmed == null ? null : Timestamp.valueOf("2026-04-09 10:00:00"),
                confirmed == null ? null : "test");
    }

    private void assessment(Long eventId, String outcome) {
        jdbc.update("""
                insert into required_assessment (custody_event_id, kind, appointment_at, place, notice_given_at,
                    assessor_name, outcome, outcome_recorded_at, outcome_recorded_by, result,
                    created_at, created_by, updated_at, updated_by)
                select id, 'INITIAL', arrested_at + interval '1 day', 'Hub', arrested_at, 'Assessor', ?,
                       arrested_at + interval '2 days', 'test', ?, now(), 'test', now(), 'test'
                from custody_event where id = ?""", outcome, outcome.equals("ATTENDED_AND_REMAINED") ? "CARE_PLAN" : null, eventId);
    }

    private Long appointment(Long orderId, Person person, String startsUk, String outcome) {
        Timestamp starts = Timestamp.from(
                LocalDateTime.parse(startsUk).atZone(ZoneId.of("Europe/London")).toInstant());
        Long rescheduledTo =
                "RESCHEDULED".equals(outcome) ? appointment(orderId, person, "2026-06-20T10:00", null) : null;
        return jdbc.queryForObject(
                """
                insert into appointment (order_id, person_id, kind, starts_at, place, with_whom, outcome, absence_reason,
                    rescheduled_to_id, outcome_recorded_at, outcome_recorded_by, created_at, created_by, updated_at, updated_by)
                values (?, ?, 'SUPERVISION', ?, 'Office', 'Officer', ?, ?, ?, ?, ?, now(), 'test', now(), 'test')
                returning id""",
                Long.class,
                orderId,
                person.getId(),
                starts,
                outcome,
                "ACCEPTABLE_ABSENCE".equals(outcome) ? "MEDICAL" : null,
                rescheduledTo,
                outcome == null ? null : starts,
                outcome == null ? null : "test");
    }

    private void action(Long orderId, Person person, Long appointmentId, String kind, String decidedOn) {
        jdbc.update("""
                insert into enforcement_action (order_id, person_id, appointment_id, kind, decided_on,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, now(), 'test', now(), 'test')""", orderId, person.getId(), appointmentId, kind, java.sql.Date.valueOf(decidedOn));
    }
}
