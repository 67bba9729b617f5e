package org.throughcare.compliance;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.order.OrderFixtures;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A review's progress report carries attendance, drug tests and checklist changes for its period only. */
@IntegrationTest
@Import(OrderFixtures.class)
class ComplianceReportPartsTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    Appointments appointments;

    @Autowired
    DrugTests drugTests;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theReportCoversThePeriodSinceTheLastReview() throws Exception {
        SignedInUser officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        Person person = data.person(officer);
        Long orderId = orders.drrOrder(person.getId(), TODAY.minusMonths(3), officer);
        appointment(orderId, TODAY.minusMonths(1).minusDays(5), AppointmentOutcome.ATTENDED_COMPLIED, officer);
        appointment(orderId, TODAY.minusDays(20), AppointmentOutcome.UNACCEPTABLE_ABSENCE, officer);
        appointment(orderId, TODAY.minusDays(13), AppointmentOutcome.ATTENDED_COMPLIED, officer);
        drugTests.record(
                orderId,
                TODAY.minusDays(10),
                DrugTestStatus.TESTED,
                Map.of(PanelSubstance.OPIATES, true),
                null,
                officer);
        drugTests.record(orderId, TODAY.minusMonths(2), DrugTestStatus.REFUSED, Map.of(), null, officer);
        Long reviewId = jdbc.queryForObject(
                "select id from court_review where order_id = ? and due_on = ?", Long.class, orderId, TODAY);

        Document report = Jsoup.parse(mvc.perform(get("/reviews/" + reviewId).with(user(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        String text = report.select("main").text();
        assertThat(text)
                .contains("Period covered 17 May 2026 to 17 June 2026")
                .contains("2 appointments: 1 attended and complied, 1 unacceptable absence.")
                .contains("Positive: opiates")
                .doesNotContain("Refused")
                .contains("The compliance checklist has not changed since the last review.");
    }

    private void appointment(Long orderId, LocalDate day, AppointmentOutcome outcome, SignedInUser officer) {
        Appointment a = appointments.schedule(
                orderId,
                new Appointments.Details(
                        AppointmentKind.SUPERVISION, AppointmentIntegrationTest.at(day, 10), "Albion Street", "Sam"),
                officer);
        appointments.recordOutcome(
                a.getId(), new Appointments.Outcome(outcome, null, null, null, null), a.getVersion(), officer);
    }
}
