package org.throughcare.compliance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.MockBrowser;
import org.throughcare.StatementCounter;
import org.throughcare.TestClock;
import org.throughcare.order.OrderFixtures;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.throughcare.compliance.AppointmentIntegrationTest.at;

/**
 * How many SQL statements an order's page sends as its compliance history grows (the order module's
 * OrderPageStatementCountTest holds the budget for an order without one): the same for six weeks of appointments,
 * drug tests and a warning as for twelve, more than the page shows (no query per row), and within today's budget.
 */
@IntegrationTest
@Import({Fixtures.class, OrderFixtures.class})
class OrderPageHistoryStatementCountTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orders;

    @Autowired
    Appointments appointments;

    @Autowired
    Enforcement enforcement;

    @Autowired
    DrugTests tests;

    @Autowired
    ChecklistService checklists;

    SignedInUser officer;
    MockBrowser browser;
    Long orderId;

    @BeforeEach
    void setUp() throws Exception {
        officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        orderId = orders.drrOrder(data.person(officer).getId(), TODAY.minusMonths(10), officer);
        checklists.record(orderId, ChecklistRulesTest.answers(ChecklistReason.START, false, null), officer);
        browser = new MockBrowser(mvc);
        assertThat(browser.signIn(officer.username(), Fixtures.PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void anOrderPageSendsTheSameStatementsForAShortHistoryAsForALongOneAndStaysWithinBudget() throws Exception {
        history(40);
        List<String> shortHistory = statements();

        history(12);
        List<String> longHistory = statements();

        // The order module's 19, and the bank holidays once a warning's letter deadline is shown.
        assertThat(longHistory)
                .as(() -> "Statements the order page sent:\n  " + String.join("\n  ", longHistory))
                .hasSize(shortHistory.size())
                .hasSize(20);
    }

    /** Weekly appointments counting back from {@code weeksAgo}: failures, a warning, a drug test a fortnight. */
    private void history(int weeksAgo) {
        for (int week = weeksAgo; week > weeksAgo - 6; week--) {
            LocalDate day = TODAY.minusDays(7L * week);
            Appointment a = appointments.schedule(
                    orderId,
                    new Appointments.Details(AppointmentKind.SUPERVISION, at(day, 10), "Albion Street", "Sam"),
                    officer);
            boolean failed = week % 3 == 0;
            a = appointments.recordOutcome(
                    a.getId(),
                    new Appointments.Outcome(
                            failed ? AppointmentOutcome.UNACCEPTABLE_ABSENCE : AppointmentOutcome.ATTENDED_COMPLIED,
                            null,
                            null,
                            null,
                            null),
                    a.getVersion(),
                    officer);
            if (failed
                    && enforcement.forOrder(orderId, a.getPersonId(), officer).isEmpty()) {
                enforcement.decide(a.getId(), EnforcementKind.WARNING, day.plusDays(1), null, officer);
            }
            if (week % 2 == 0) {
                tests.record(
                        orderId,
                        day,
                        DrugTestStatus.TESTED,
                        Map.of(PanelSubstance.OPIATES, week % 4 == 0, PanelSubstance.COCAINE, false),
                        null,
                        officer);
            }
        }
        appointments.schedule(
                orderId,
                new Appointments.Details(
                        AppointmentKind.SUPERVISION, at(TODAY.plusDays(weeksAgo), 10), "Albion Street", "Sam"),
                officer);
    }

    private List<String> statements() throws Exception {
        String path = "/orders/" + orderId;
        assertThat(browser.perform(get(path)).getResponse().getStatus()).isEqualTo(200);
        return StatementCounter.statements(() -> browser.perform(get(path)));
    }
}
