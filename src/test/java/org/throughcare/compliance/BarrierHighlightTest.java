package org.throughcare.compliance;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.order.OrderFixtures;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A missed appointment whose reason matches a barrier on the checklist is shown with the barrier's strategy. */
@IntegrationTest
@Import(OrderFixtures.class)
class BarrierHighlightTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    Appointments appointments;

    @Autowired
    ChecklistService checklists;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orders;

    @Autowired
    MockMvc mvc;

    @Test
    void theOrderPageAndTheEnforcementPageShowTheStrategyOfAMatchingBarrier() throws Exception {
        SignedInUser officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        Person person = data.person(officer);
        Long orderId = orders.drrOrder(person.getId(), TODAY.minusMonths(2), officer);
        List<ChecklistAnswers.BarrierAnswer> barriers = new ArrayList<>(ChecklistRulesTest.absentAll());
        barriers.set(
                3,
                ChecklistAnswers.BarrierAnswer.present(
                        Barrier.CHILDCARE, "Sole carer", "Appointments in school hours", "Officer", null));
        checklists.record(
                orderId, new ChecklistAnswers(ChecklistReason.START, barriers, true, TODAY.minusDays(30)), officer);
        Appointment medical = missed(
                orderId, TODAY.minusDays(9), AppointmentOutcome.ACCEPTABLE_ABSENCE, AbsenceReason.MEDICAL, officer);
        Appointment childcare = missed(
                orderId,
                TODAY.minusDays(2),
                AppointmentOutcome.UNACCEPTABLE_ABSENCE,
                AbsenceReason.FAMILY_OR_CHILDCARE,
                officer);

        Document order = page("/orders/" + orderId, officer);
        List<String> warnings = order.select("section[aria-labelledby=appointments] .govuk-warning-text")
                .eachText();
        assertThat(warnings)
                .singleElement()
                .satisfies(w -> assertThat(w)
                        .contains("Unacceptable absence on 15 June 2026")
                        .contains("matches the recorded barrier \u201cchildcare responsibilities\u201d")
                        .contains("Agreed strategy: Appointments in school hours (owner: Officer)"));

        assertThat(page("/appointments/" + childcare.getId() + "/enforcement", officer)
                        .select(".govuk-warning-text")
                        .text())
                .contains("Agreed strategy: Appointments in school hours");
        assertThat(medical.getAbsenceReason()).isEqualTo(AbsenceReason.MEDICAL);
    }

    @Test
    void aPersonAtHigherRiskIsPromptedToCompleteTheChecklistBeforeTheFirstAppointmentOfANewOrder() throws Exception {
        SignedInUser officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        Person person = data.person(officer);
        Long earlier = orders.drrOrder(person.getId(), TODAY.minusMonths(4), officer);
        missed(earlier, TODAY.minusDays(40), AppointmentOutcome.UNACCEPTABLE_ABSENCE, null, officer);
        missed(earlier, TODAY.minusDays(30), AppointmentOutcome.UNACCEPTABLE_ABSENCE, null, officer);
        Long newer = orders.unpaidWorkOrder(person.getId(), TODAY.minusDays(1), officer);

        String form = page("/orders/" + newer + "/appointments/new", officer)
                .select("main")
                .text();
        assertThat(form)
                .contains("Higher risk of non-compliance: complete the checklist with the person before their first"
                        + " appointment.")
                .contains("Complete the checklist with the person");
        String calm = page(
                        "/orders/" + orders.unpaidWorkOrder(data.person(officer).getId(), TODAY, officer)
                                + "/appointments/new",
                        officer)
                .select("main")
                .text();
        assertThat(calm).doesNotContain("Higher risk");
    }

    private Appointment missed(
            Long orderId, LocalDate day, AppointmentOutcome outcome, AbsenceReason reason, SignedInUser officer) {
        Appointment a = appointments.schedule(
                orderId,
                new Appointments.Details(
                        AppointmentKind.SUPERVISION, AppointmentIntegrationTest.at(day, 10), "Albion Street", "Sam"),
                officer);
        return appointments.recordOutcome(
                a.getId(),
                new Appointments.Outcome(
                        outcome,
                        reason,
                        outcome == AppointmentOutcome.ACCEPTABLE_ABSENCE ? "GP letter" : null,
                        null,
                        null),
                a.getVersion(),
                officer);
    }

    private Document page(String path, SignedInUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(as)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
