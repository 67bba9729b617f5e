package org.throughcare.compliance;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.MockBrowser;
import org.throughcare.StatementCounter;
import org.throughcare.TestClock;
import org.throughcare.order.OrderFixtures;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.throughcare.compliance.AppointmentIntegrationTest.at;

/**
 * The caseload query on PostgreSQL: each column, the mine/team scope, "needs action", sorting, pagination, other
 * teams' and ended orders left out, and the page's statements.
 */
@IntegrationTest
@Import(OrderFixtures.class)
class CaseloadIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    ComplianceSummaries summaries;

    @Autowired
    Appointments appointments;

    @Autowired
    Enforcement enforcement;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orderData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    SignedInUser officer;
    SignedInUser colleague;
    Person troubled;
    Person steady;
    Long troubledOrder;
    Long steadyOrder;
    Long colleagueOrder;

    @BeforeEach
    void setUp() {
        Team team = data.team("Leeds");
        officer = data.user(Role.PROBATION_OFFICER, team);
        colleague = data.user(Role.PROBATION_OFFICER, team);
        troubled = data.person(officer);
        steady = data.person(officer);
        troubledOrder = orderData.drrOrder(troubled.getId(), TODAY.minusMonths(3), officer);
        steadyOrder = orderData.drrOrder(steady.getId(), TODAY.minusMonths(1), officer);
        colleagueOrder = orderData.drrOrder(data.person(colleague).getId(), TODAY.minusMonths(2), colleague);

        // troubled: a warned failure, a second failure awaiting its (required) breach, an overdue outcome, and a
        // future appointment; no checklist.
        Appointment first = outcome(troubledOrder, TODAY.minusDays(30), AppointmentOutcome.UNACCEPTABLE_ABSENCE);
        enforcement.decide(first.getId(), EnforcementKind.WARNING, TODAY.minusDays(29), null, officer);
        outcome(troubledOrder, TODAY.minusDays(3), AppointmentOutcome.ATTENDED_FAILED_TO_COMPLY);
        schedule(troubledOrder, at(TODAY.minusDays(1), 10));
        schedule(troubledOrder, at(TODAY.plusDays(3), 14));
        schedule(troubledOrder, at(TODAY.plusDays(10), 9));

        // steady: complied once, a checklist done, released from prison without a treatment appointment.
        outcome(steadyOrder, TODAY.minusDays(7), AppointmentOutcome.ATTENDED_COMPLIED);
        schedule(steadyOrder, at(TODAY.plusDays(1), 11));
        jdbc.update("""
                insert into compliance_checklist (order_id, person_id, revision, reason, person_agreed, agreed_on,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, 1, 'START', true, ?, now(), 'test', now(), 'test')""", steadyOrder, steady.getId(), TODAY.minusDays(20));
        jdbc.update("""
                insert into prison_release (person_id, team_id, released_on, prison, naloxone_supplied,
                    continuity_referral, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, 'HMP Leeds', true, true, now(), 'test', now(), 'test')""", steady.getId(), officer.teamId(), TODAY.minusDays(10));
    }

    Appointment schedule(Long orderId, java.time.Instant when) {
        return appointments.schedule(
                orderId,
                new Appointments.Details(AppointmentKind.SUPERVISION, when, "Albion Street", "Sam"),
                officer.teamId().equals(colleague.teamId()) && orderId.equals(colleagueOrder) ? colleague : officer);
    }

    Appointment outcome(Long orderId, LocalDate day, AppointmentOutcome outcome) {
        Appointment a = schedule(orderId, at(day, 10));
        return appointments.recordOutcome(
                a.getId(), new Appointments.Outcome(outcome, null, null, null, null), a.getVersion(), officer);
    }

    Page<OrderCompliance> caseload(
            SignedInUser user, ComplianceSummaries.Scope scope, boolean needsAction, ComplianceSummaries.Sort sort) {
        return summaries.caseload(user, scope, needsAction, sort, 0, 25);
    }

    @Test
    void eachColumnOfTheOfficersOwnOrders() {
        List<OrderCompliance> mine = caseload(
                        officer, ComplianceSummaries.Scope.MINE, false, ComplianceSummaries.Sort.END_DATE)
                .getContent();

        assertThat(mine).extracting(OrderCompliance::orderId).containsExactly(troubledOrder, steadyOrder);
        OrderCompliance troubledRow = mine.get(0);
        assertThat(troubledRow.failures()).isEqualTo(2);
        assertThat(troubledRow.tag()).isEqualTo(new ComplianceTag("2 failures", "red"));
        assertThat(troubledRow.overdue()).isEqualTo(1);
        assertThat(troubledRow.nextAppointment()).isEqualTo(at(TODAY.plusDays(3), 14));
        assertThat(troubledRow.decisionAwaited()).isTrue();
        assertThat(troubledRow.breachRequired()).isTrue();
        assertThat(troubledRow.checklistDue()).isTrue();
        assertThat(troubledRow.releasedNotSeen()).isFalse();
        assertThat(troubledRow.nextReviewOn()).isNotNull();
        assertThat(troubledRow.label()).isEqualTo("Community order: DRR");
        assertThat(troubledRow.needsAction()).isTrue();

        OrderCompliance steadyRow = mine.get(1);
        assertThat(steadyRow.tag()).isEqualTo(new ComplianceTag("0 failures", "green"));
        assertThat(steadyRow.overdue()).isZero();
        assertThat(steadyRow.breachRequired()).isFalse();
        assertThat(steadyRow.checklistDue()).isFalse();
        assertThat(steadyRow.releasedNotSeen()).isTrue();
        assertThat(steadyRow.needsAction()).isFalse();
    }

    @Test
    void theSqlRuleForBreachRequiredAgreesWithTheEnforcementRule() {
        Long failureId = jdbc.queryForObject(
                "select max(id) from appointment where order_id = ? and outcome = 'ATTENDED_FAILED_TO_COMPLY'",
                Long.class,
                troubledOrder);
        assertThat(enforcement.pending(failureId, officer).choice().decision())
                .isEqualTo(EnforcementRule.Decision.BREACH_REQUIRED);

        enforcement.decide(failureId, EnforcementKind.BREACH, TODAY, null, officer);

        OrderCompliance row = summaries.order(troubledOrder);
        assertThat(row.breachRequired()).isFalse();
        assertThat(row.decisionAwaited()).isFalse();
        assertThat(row.tag()).isEqualTo(new ComplianceTag("Breach in progress", "red"));
        // a failure after the latest checklist revision makes it due again
        jdbc.update("""
                insert into compliance_checklist (order_id, person_id, revision, reason, person_agreed, agreed_on,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, 1, 'START', false, null, ?, 'test', now(), 'test')""", troubledOrder, troubled.getId(), java.sql.Timestamp.from(at(TODAY.minusDays(5), 9)));
        assertThat(summaries.order(troubledOrder).checklistDue()).isTrue();
    }

    @Test
    void theTeamScopeNeedsActionFilterSortingAndPagination() {
        List<Long> team =
                caseload(officer, ComplianceSummaries.Scope.TEAM, false, ComplianceSummaries.Sort.END_DATE)
                        .getContent()
                        .stream()
                        .map(OrderCompliance::orderId)
                        .toList();
        assertThat(team).containsExactlyInAnyOrder(troubledOrder, steadyOrder, colleagueOrder);
        assertThat(caseload(colleague, ComplianceSummaries.Scope.MINE, false, ComplianceSummaries.Sort.END_DATE)
                        .getContent())
                .extracting(OrderCompliance::orderId)
                .containsExactly(colleagueOrder);
        // another team's officer sees none of them
        SignedInUser elsewhere = data.user(Role.PROBATION_OFFICER, "Merseyside");
        assertThat(caseload(elsewhere, ComplianceSummaries.Scope.TEAM, false, ComplianceSummaries.Sort.END_DATE)
                        .getContent())
                .extracting(OrderCompliance::orderId)
                .doesNotContain(troubledOrder, steadyOrder, colleagueOrder);

        // the colleague's order has no checklist: it needs action too
        assertThat(caseload(officer, ComplianceSummaries.Scope.TEAM, true, ComplianceSummaries.Sort.END_DATE)
                        .getContent())
                .extracting(OrderCompliance::orderId)
                .containsExactlyInAnyOrder(troubledOrder, colleagueOrder);

        assertThat(caseload(officer, ComplianceSummaries.Scope.MINE, false, ComplianceSummaries.Sort.NEXT_APPOINTMENT)
                        .getContent())
                .extracting(OrderCompliance::orderId)
                .containsExactly(steadyOrder, troubledOrder);
        assertThat(caseload(officer, ComplianceSummaries.Scope.TEAM, false, ComplianceSummaries.Sort.FAILURES)
                        .getContent()
                        .get(0)
                        .orderId())
                .isEqualTo(troubledOrder);
        // end date: the troubled order started earliest, so it ends first
        assertThat(caseload(officer, ComplianceSummaries.Scope.TEAM, false, ComplianceSummaries.Sort.END_DATE)
                        .getContent())
                .extracting(OrderCompliance::orderId)
                .containsExactly(troubledOrder, colleagueOrder, steadyOrder);

        Page<OrderCompliance> first = summaries.caseload(
                officer, ComplianceSummaries.Scope.TEAM, false, ComplianceSummaries.Sort.END_DATE, 0, 2);
        Page<OrderCompliance> second = summaries.caseload(
                officer, ComplianceSummaries.Scope.TEAM, false, ComplianceSummaries.Sort.END_DATE, 1, 2);
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getContent())
                .extracting(OrderCompliance::orderId)
                .containsExactly(troubledOrder, colleagueOrder);
        assertThat(second.getContent()).extracting(OrderCompliance::orderId).containsExactly(steadyOrder);
    }

    @Test
    void endedOrdersLeaveTheCaseload() {
        orderData.complete(steadyOrder, TODAY, officer);

        assertThat(caseload(officer, ComplianceSummaries.Scope.MINE, false, ComplianceSummaries.Sort.END_DATE)
                        .getContent())
                .extracting(OrderCompliance::orderId)
                .containsExactly(troubledOrder);
    }

    @Test
    void thePageShowsTheRowsWithNamesInAFixedNumberOfStatements() throws Exception {
        Document page = Jsoup.parse(
                mvc.perform(get("/probation").param("sort", "failures").with(user(officer)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        Element first = page.select("table.govuk-table tbody tr").first();
        assertThat(first.select("a").attr("href")).isEqualTo("/orders/" + troubledOrder);
        assertThat(first.text())
                .contains(troubled.getGivenName() + " " + troubled.getFamilyName())
                .contains("Community order: DRR")
                .contains("20 June 2026 at 2:00pm")
                .contains("2 failures")
                .contains("Due");
        assertThat(page.select("select#sort option[selected]").attr("value")).isEqualTo("failures");
        assertThat(page.select("h2:contains(Appointment outcomes overdue (1))")).hasSize(1);
        Long overdueId = jdbc.queryForObject(
                "select id from appointment where order_id = ? and outcome is null and starts_at < ?",
                Long.class,
                troubledOrder,
                java.sql.Timestamp.from(TestClock.NOW));
        assertThat(page.select("a[href=/appointments/" + overdueId + "/outcome]")
                        .text())
                .isEqualTo("Record outcome");
        mvc.perform(get("/probation").with(user(data.user(Role.TREATMENT_WORKER, "Leeds"))))
                .andExpect(status().isForbidden());

        MockBrowser browser = new MockBrowser(mvc);
        browser.signIn(officer.username(), Fixtures.PASSWORD);
        browser.perform(get("/probation?scope=team"));
        // the session, the caseload rows, the overdue outcomes, the people's names on both, the releases list and
        // its people's names
        assertThat(StatementCounter.statements(() -> browser.perform(get("/probation?scope=team"))))
                .hasSize(6);
        assertThat(StatementCounter.statements(
                        () -> browser.perform(get("/probation?scope=team&sort=next-appointment&needsAction=true"))))
                .hasSize(6);
    }
}
