package org.throughcare.compliance;

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
import org.throughcare.common.UkTime;
import org.throughcare.order.OrderFixtures;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

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
 * The compliance checklist on PostgreSQL: revisions kept and compared, "due" and "higher risk" around the window,
 * audit, scope, ended orders and the forms. Appointments and enforcement actions are inserted directly: their
 * services are another part of the module.
 */
@IntegrationTest
@Import({Fixtures.class, OrderFixtures.class})
class ChecklistIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    ChecklistService checklists;

    @Autowired
    OrderFixtures orders;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    SignedInUser officer;
    Person person;
    Long orderId;

    @BeforeEach
    void setUp() {
        officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        person = data.person(officer);
        orderId = orders.drrOrder(person.getId(), TODAY.minusMonths(2), officer);
    }

    @Test
    void twoSavesMakeRevisionsOneAndTwoTheFirstUnchangedAndTheComparisonFindsExactlyWhatChanged() {
        Checklist first =
                checklists.record(orderId, ChecklistRulesTest.answers(ChecklistReason.START, false, null), officer);
        List<ChecklistAnswers.BarrierAnswer> barriers = new ArrayList<>(ChecklistRulesTest.absentAll());
        barriers.set(
                3,
                ChecklistAnswers.BarrierAnswer.present(
                        Barrier.CHILDCARE, "Sole carer", "Appointments after the school run", "Officer", TODAY));
        barriers.set(
                5,
                ChecklistAnswers.BarrierAnswer.present(
                        Barrier.HOUSING, null, "Referral to housing options", null, null));
        Checklist second = checklists.record(
                orderId,
                new ChecklistAnswers(ChecklistReason.AFTER_FAILURE, barriers, true, TODAY.minusDays(1)),
                officer);

        assertThat(List.of(first.getRevision(), second.getRevision())).containsExactly(1, 2);
        assertThat(jdbc.queryForList(
                        "select revision || ' ' || reason || ' ' || person_agreed from compliance_checklist"
                                + " where order_id = ? order by revision",
                        String.class,
                        orderId))
                .containsExactly("1 START false", "2 AFTER_FAILURE true");
        assertThat(jdbc.queryForList(
                        "select barrier || ': ' || strategy from compliance_barrier where checklist_id = ? and present",
                        String.class,
                        first.getId()))
                .containsExactly("CHILDCARE: Appointments in school hours");
        assertThat(jdbc.queryForObject(
                        "select count(*) from compliance_barrier where checklist_id = ?",
                        Integer.class,
                        second.getId()))
                .isEqualTo(10);

        ChecklistComparison comparison =
                checklists.compare(orderId, null, null, officer).comparison();
        assertThat(comparison.from().getRevision()).isEqualTo(1);
        assertThat(comparison.to().getRevision()).isEqualTo(2);
        assertThat(comparison.changes())
                .containsExactly(
                        "Childcare responsibilities: Agreed strategy",
                        "Housing: Present",
                        "Housing: Agreed strategy",
                        "Person agreed",
                        "Date agreed");
        assertThat(checklists.compare(orderId, 2, 2, officer).comparison().changes())
                .isEmpty();
        assertThat(checklists.changesSince(orderId, TODAY, officer))
                .containsExactly(
                        "Revision 1 (start of the order), 17 June 2026: 1 barrier present",
                        "Revision 2 (after a failure to comply), 17 June 2026: Childcare responsibilities: Agreed strategy;"
                                + " Housing: Present; Housing: Agreed strategy; Person agreed; Date agreed");
        assertThat(checklists.changesSince(orderId, TODAY.plusDays(1), officer)).isEmpty();

        assertThat(jdbc.queryForList(
                        "select summary from audit_event where record_type = 'ComplianceChecklist' and action = 'CREATE'"
                                + " and record_id in (?, ?) order by id",
                        String.class,
                        String.valueOf(first.getId()),
                        String.valueOf(second.getId())))
                .hasSize(2)
                .allSatisfy(summary -> assertThat(summary).contains("for order " + orderId))
                .last()
                .satisfies(summary -> assertThat(summary)
                        .startsWith("Compliance checklist revision 2 for order " + orderId)
                        .contains("Housing: present, strategy Referral to housing options"));
    }

    @Test
    void theLatestRevisionsMatchingBarriersGiveTheStrategyForAMissedAppointment() {
        List<ChecklistAnswers.BarrierAnswer> barriers = new ArrayList<>(ChecklistRulesTest.absentAll());
        barriers.set(3, ChecklistAnswers.BarrierAnswer.present(Barrier.CHILDCARE, null, "School hours", null, null));
        barriers.set(8, ChecklistAnswers.BarrierAnswer.present(Barrier.MENTAL_HEALTH, null, "Quiet room", null, null));
        checklists.record(orderId, new ChecklistAnswers(ChecklistReason.START, barriers, false, null), officer);

        assertThat(checklists.strategiesFor(orderId, "FAMILY_OR_CHILDCARE"))
                .extracting(BarrierStrategy::barrier, BarrierStrategy::strategy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Barrier.CHILDCARE, "School hours"));
        assertThat(checklists.strategiesFor(orderId, "MEDICAL"))
                .extracting(BarrierStrategy::barrier)
                .containsExactly(Barrier.MENTAL_HEALTH);
        assertThat(checklists.strategiesFor(orderId, "EMPLOYMENT")).isEmpty();
    }

    /**
     * Two failures to comply in the 12 months up to today make a person higher risk: the window starts at midnight
     * (UK) on the same day a year ago, and failures on any of the person's orders count.
     */
    @Test
    void twoFailuresInTheWindowMakeThePersonHigherRiskAroundItsStart() {
        Long earlier = orders.drrOrder(person.getId(), LocalDate.of(2025, 1, 6), officer);
        failure(earlier, uk(2025, 6, 16, 23, 59));
        failure(orderId, uk(2026, 6, 10, 10, 0));
        assertThat(checklists.higherRisk(orderId)).isFalse();

        appointment(earlier, uk(2025, 6, 17, 0, 0), "ATTENDED_COMPLIED");
        appointment(earlier, uk(2025, 6, 17, 0, 0), "ACCEPTABLE_ABSENCE");
        assertThat(checklists.higherRisk(orderId)).isFalse();

        failure(earlier, uk(2025, 6, 17, 0, 0));
        assertThat(checklists.higherRisk(orderId)).isTrue();
        assertThat(checklists.higherRisk(earlier)).isTrue();
    }

    @Test
    void aPastBreachOnAnotherOrderMakesThePersonHigherRiskAndAWarningDoesNot() {
        Long earlier = orders.drrOrder(person.getId(), LocalDate.of(2023, 1, 2), officer);
        Long missed = failure(earlier, uk(2023, 3, 1, 10, 0));
        enforcement(earlier, missed, "WARNING", LocalDate.of(2023, 3, 2));
        assertThat(checklists.higherRisk(orderId)).isFalse();

        Long again = failure(earlier, uk(2023, 4, 1, 10, 0));
        enforcement(earlier, again, "BREACH", LocalDate.of(2023, 4, 3));
        assertThat(checklists.higherRisk(orderId)).isTrue();
        assertThat(checklists.status(orderId).promptBeforeFirstAppointment()).isTrue();

        appointment(orderId, uk(2026, 6, 1, 10, 0), "ATTENDED_COMPLIED");
        assertThat(checklists.promptBeforeFirstAppointment(orderId)).isFalse();
    }

    @Test
    void theChecklistIsDueUntilMadeAndAgainAfterAFailureSinceTheLatestRevision() {
        assertThat(checklists.checklistDue(orderId)).isTrue();
        Checklist first =
                checklists.record(orderId, ChecklistRulesTest.answers(ChecklistReason.START, false, null), officer);
        assertThat(checklists.checklistDue(orderId)).isFalse();

        Instant made = uk(2026, 6, 1, 12, 0);
        jdbc.update("update compliance_checklist set created_at = ? where id = ?", Timestamp.from(made), first.getId());
        failure(orderId, made);
        appointment(orderId, made.plusSeconds(3600), "ATTENDED_COMPLIED");
        assertThat(checklists.checklistDue(orderId))
                .as("a failure at the time of the revision")
                .isFalse();

        failure(orderId, made.plusSeconds(60));
        assertThat(checklists.checklistDue(orderId)).isTrue();
        assertThat(checklists.statuses(List.of(orderId, -1L)))
                .containsOnlyKeys(orderId)
                .extractingByKey(orderId)
                .satisfies(s -> assertThat(s.hasRevision()).isTrue());

        checklists.record(orderId, ChecklistRulesTest.answers(ChecklistReason.AFTER_FAILURE, false, null), officer);
        assertThat(checklists.checklistDue(orderId)).isFalse();

        Long ended = orders.drrOrder(person.getId(), TODAY.minusMonths(1), officer);
        orders.complete(ended, TODAY, officer);
        assertThat(checklists.checklistDue(ended)).as("an ended order").isFalse();
    }

    @Test
    void anEndedOrderTakesNoNewRevisionAndAnotherTeamCannotReadOrRecord() {
        orders.complete(orderId, TODAY, officer);
        assertThatThrownBy(() -> checklists.record(
                        orderId, ChecklistRulesTest.answers(ChecklistReason.START, false, null), officer))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("This order ended on 17 June 2026");

        SignedInUser elsewhere = data.user(Role.PROBATION_OFFICER, "Merseyside");
        Long other = orders.drrOrder(data.person(officer).getId(), TODAY, officer);
        assertThatThrownBy(() -> checklists.view(other, elsewhere)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checklists.record(
                        other, ChecklistRulesTest.answers(ChecklistReason.START, false, null), elsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(revisions(other)).isZero();
    }

    @Test
    void theFormSavesARevisionAndThePagesShowItAndTheComparison() throws Exception {
        String form = "/orders/" + orderId + "/checklist/new";
        Document empty = page(get(form));
        assertThat(empty.title()).startsWith("Compliance checklist, revision 1");
        assertThat(empty.select("input[type=radio][name$=.present]")).hasSize(20);

        mvc.perform(valid(post(form), "START").with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/" + orderId + "/checklist"))
                .andExpect(flash().attribute("successMessage", "Compliance checklist revision 1 saved"));
        assertThat(revisions(orderId)).isEqualTo(1);

        Document prefilled = page(get(form));
        assertThat(prefilled.title()).startsWith("Compliance checklist, revision 2");
        assertThat(prefilled.select("textarea[name='barriers[5].strategy']").text())
                .isEqualTo("Referral to housing options");
        assertThat(prefilled
                        .select("input[name='barriers[5].present'][value=true]")
                        .hasAttr("checked"))
                .isTrue();
        mvc.perform(valid(post(form), "REVIEW", "Tenancy support", "16")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        Document checklist = page(get("/orders/" + orderId + "/checklist"));
        assertThat(checklist.title()).startsWith("Compliance checklist");
        assertThat(checklist.select("h2").text()).contains("Revision 2: review, 17 June 2026");
        assertThat(checklist.select("table").first().text()).contains("Housing Yes No settled address Tenancy support");
        assertThat(checklist.select("dl").text()).contains("Person agreed Yes, on 16 June 2026");
        assertThat(checklist.select("a:contains(Compare with revision 1)").attr("href"))
                .isEqualTo("/orders/" + orderId + "/checklist/compare?from=1&to=2");

        Document compare = page(get("/orders/" + orderId + "/checklist/compare"));
        assertThat(compare.select("#change-count").text())
                .isEqualTo("1 field changed between revision 1 and revision 2");
        assertThat(compare.select("caption:contains(Housing (changed))")).hasSize(1);
        assertThat(compare.select("tr:contains(Agreed strategy):contains(Changed)")
                        .text())
                .contains("Referral to housing options")
                .contains("Tenancy support");
        SignedInUser manager = data.user(Role.MANAGER, "Leeds");
        mvc.perform(get("/orders/" + orderId + "/checklist").with(user(manager)))
                .andExpect(status().isOk());
        mvc.perform(get("/orders/" + orderId + "/checklist/compare?from=1&to=9").with(user(manager)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anInvalidFormShowsEveryProblemAndSavesNothing() throws Exception {
        Document page = page(valid(post("/orders/" + orderId + "/checklist/new"), "START", " ", ""));

        assertThat(page.title()).startsWith("Error: Compliance checklist");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#barriers[5].strategy", "#agreedOn");
        assertThat(page.select(".govuk-error-message").text())
                .contains("Enter the strategy agreed for housing")
                .contains("Enter the date the person agreed");
        assertThat(revisions(orderId)).isZero();
    }

    @Test
    void onlyProbationOfficersRecordAndAnEndedOrderIsRefusedWithTheReason() throws Exception {
        String form = "/orders/" + orderId + "/checklist/new";
        SignedInUser custody = data.user(Role.CUSTODY_WORKER, "Leeds");
        mvc.perform(get(form).with(user(custody))).andExpect(status().isForbidden());
        mvc.perform(valid(post(form), "START").with(user(custody)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/orders/" + orderId + "/checklist").with(user(custody)))
                .andExpect(status().isForbidden());
        mvc.perform(get(form).with(user(data.user(Role.MANAGER, "Leeds")))).andExpect(status().isForbidden());

        orders.complete(orderId, TODAY, officer);
        mvc.perform(valid(post(form), "START").with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/" + orderId + "/checklist"))
                .andExpect(
                        flash().attribute(
                                        "errorMessage",
                                        "This order ended on 17 June 2026 (completed). Only a manager can correct an ended order."));
        mvc.perform(valid(post(form), "START", " ", "").with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("errorMessage"));
        mvc.perform(get(form).with(user(officer)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("errorMessage"));
        assertThat(revisions(orderId)).isZero();
    }

    /** Every barrier answered (housing present), the person agreed yesterday. */
    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String reason) {
        return valid(request, reason, "Referral to housing options", "16");
    }

    private static MockHttpServletRequestBuilder valid(
            MockHttpServletRequestBuilder request, String reason, String strategy, String agreedDay) {
        request.param("reason", reason);
        for (int i = 0; i < Barrier.values().length; i++) {
            request.param("barriers[" + i + "].barrier", Barrier.values()[i].name());
            request.param("barriers[" + i + "].present", i == 5 ? "true" : "false");
        }
        return request.param("barriers[5].detail", "No settled address")
                .param("barriers[5].strategy", strategy)
                .param("barriers[5].owner", "Housing support worker")
                .param("barriers[5].reviewOn.day", "1")
                .param("barriers[5].reviewOn.month", "7")
                .param("barriers[5].reviewOn.year", "2026")
                .param("personAgreed", "true")
                .param("agreedOn.day", agreedDay)
                .param("agreedOn.month", agreedDay.isEmpty() ? "" : "6")
                .param("agreedOn.year", agreedDay.isEmpty() ? "" : "2026");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private int revisions(Long order) {
        return jdbc.queryForObject(
                "select count(*) from compliance_checklist where order_id = ?", Integer.class, order);
    }

    private static Instant uk(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(UkTime.ZONE)
                .toInstant();
    }

    private Long failure(Long order, Instant at) {
        return appointment(order, at, "UNACCEPTABLE_ABSENCE");
    }

    private Long appointment(Long order, Instant at, String outcome) {
        return jdbc.queryForObject(
                """
                insert into appointment (order_id, person_id, kind, starts_at, place, with_whom, outcome, absence_reason,
                                         outcome_recorded_at, outcome_recorded_by, created_at, created_by, updated_at,
                                         updated_by)
                values (?, ?, 'SUPERVISION', ?, 'Leeds probation office', 'Officer', ?, ?, ?, 'test', now(), 'test',
                        now(), 'test')
                returning id
                """,
                Long.class,
                order,
                person.getId(),
                Timestamp.from(at),
                outcome,
                outcome.equals("ACCEPTABLE_ABSENCE") ? "MEDICAL" : null,
                Timestamp.from(at));
    }

    private void enforcement(Long order, Long appointmentId, String kind, LocalDate on) {
        jdbc.update("""
                insert into enforcement_action (order_id, person_id, appointment_id, kind, decided_on, created_at,
                                                created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, now(), 'test', now(), 'test')
                """, order, person.getId(), appointmentId, kind, on);
    }
}
