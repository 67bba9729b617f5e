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
import org.throughcare.order.OrderFixtures;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Warnings and breaches on PostgreSQL: the rule applied to the order's history, one decision, results, forms. */
@IntegrationTest
@Import(OrderFixtures.class)
class EnforcementIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

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
    Person person;
    Long orderId;

    @BeforeEach
    void setUp() {
        officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        person = data.person(officer);
        orderId = orderData.drrOrder(person.getId(), TODAY.minusMonths(3), officer);
    }

    Appointment failure(LocalDate day) {
        Appointment a = appointments.schedule(
                orderId,
                new Appointments.Details(
                        AppointmentKind.SUPERVISION, AppointmentIntegrationTest.at(day, 10), "Albion Street", "Sam"),
                officer);
        return appointments.recordOutcome(
                a.getId(),
                new Appointments.Outcome(AppointmentOutcome.UNACCEPTABLE_ABSENCE, null, null, null, null),
                a.getVersion(),
                officer);
    }

    @Test
    void aWarningThenASecondFailureRequiresBreachWhichStaysInProgressUntilItsResult() {
        Appointment first = failure(TODAY.minusDays(20));
        assertThat(enforcement.pending(first.getId(), officer).choice().decision())
                .isEqualTo(EnforcementRule.Decision.WARNING_OR_BREACH);
        EnforcementAction warning =
                enforcement.decide(first.getId(), EnforcementKind.WARNING, TODAY.minusDays(19), null, officer);
        assertThatThrownBy(() ->
                        enforcement.decide(first.getId(), EnforcementKind.BREACH, TODAY.minusDays(19), null, officer))
                .hasMessageStartingWith("A decision on this failure is already recorded");

        Appointment second = failure(TODAY.minusDays(2));
        assertThat(enforcement.pending(second.getId(), officer).choice().decision())
                .isEqualTo(EnforcementRule.Decision.BREACH_REQUIRED);
        assertThatThrownBy(() -> enforcement.decide(second.getId(), EnforcementKind.WARNING, TODAY, null, officer))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        EnforcementAction breach =
                enforcement.decide(second.getId(), EnforcementKind.BREACH, TODAY, "Laying information", officer);
        assertThat(breach.inProgress()).isTrue();

        assertThatThrownBy(() -> enforcement.recordResult(
                        warning.getId(), BreachResult.CONTINUED, TODAY, warning.getVersion(), officer))
                .hasMessageStartingWith("Only a breach has a result");
        assertThatThrownBy(() -> enforcement.recordResult(
                        breach.getId(), BreachResult.CONTINUED, TODAY.minusDays(1), breach.getVersion(), officer))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("resolvedOn"));
        enforcement.recordResult(breach.getId(), BreachResult.MADE_MORE_ONEROUS, TODAY, breach.getVersion(), officer);
        assertThat(jdbc.queryForObject(
                        "select resolution || ' ' || resolved_by from enforcement_action where id = ?",
                        String.class,
                        breach.getId()))
                .isEqualTo("MADE_MORE_ONEROUS " + officer.username());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'EnforcementAction' and record_id = ?",
                        Integer.class,
                        String.valueOf(breach.getId())))
                .isEqualTo(2);
    }

    @Test
    void onlyAFailureIsFollowedByADecisionAndAnotherTeamCannotDecide() {
        Appointment a = appointments.schedule(
                orderId,
                new Appointments.Details(
                        AppointmentKind.SUPERVISION,
                        AppointmentIntegrationTest.at(TODAY.minusDays(1), 10),
                        "Albion Street",
                        "Sam"),
                officer);
        assertThatThrownBy(() -> enforcement.pending(a.getId(), officer))
                .hasMessage("Only a failure to comply is followed by a warning or breach");
        Appointment failed = failure(TODAY.minusDays(3));
        assertThatThrownBy(() -> enforcement.decide(
                        failed.getId(),
                        EnforcementKind.WARNING,
                        TODAY,
                        null,
                        data.user(Role.PROBATION_OFFICER, "Merseyside")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDecisionPageSaysWhenBreachIsRequiredAndTheFormsSaveOrShowProblems() throws Exception {
        Appointment first = failure(TODAY.minusDays(20));
        String url = "/appointments/" + first.getId() + "/enforcement";
        Document choose = page(get(url));
        assertThat(choose.title()).startsWith("Decide on a warning or breach");
        assertThat(choose.select("input[name=kind]").eachAttr("value")).containsExactly("WARNING", "BREACH");

        Document empty = page(post(url));
        assertThat(empty.title()).startsWith("Error:");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#kind", "#decidedOn");
        assertThat(decisions()).isZero();
        mvc.perform(post(url)
                        .param("kind", "WARNING")
                        .param("decidedOn.day", "17")
                        .param("decidedOn.month", "6")
                        .param("decidedOn.year", "2026")
                        .with(user(data.user(Role.TREATMENT_WORKER, "Leeds")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(url)
                        .param("kind", "WARNING")
                        .param("decidedOn.day", "17")
                        .param("decidedOn.month", "6")
                        .param("decidedOn.year", "2026")
                        .with(user(data.user(Role.PROBATION_OFFICER, "Merseyside")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // Thursday 28 May 2026 + 2 working days
        mvc.perform(post(url)
                        .param("kind", "WARNING")
                        .param("decidedOn.day", "28")
                        .param("decidedOn.month", "5")
                        .param("decidedOn.year", "2026")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/" + orderId + "#enforcement"))
                .andExpect(flash().attribute(
                                "successMessage", "Warning recorded: send the warning letter by 1 June 2026"));
        assertThat(decisions()).isEqualTo(1);
        assertThat(page(get(url)).select("main").text()).contains("Warning letter due by 1 June 2026");

        Appointment second = failure(TODAY.minusDays(1));
        String secondUrl = "/appointments/" + second.getId() + "/enforcement";
        Document required = page(get(secondUrl));
        assertThat(required.title()).startsWith("Breach action is required");
        assertThat(required.select("input[type=radio][name=kind]")).isEmpty();
        mvc.perform(post(secondUrl)
                        .param("kind", "BREACH")
                        .param("decidedOn.day", "17")
                        .param("decidedOn.month", "6")
                        .param("decidedOn.year", "2026")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successMessage", "Breach action recorded"));
        Long breachId = jdbc.queryForObject(
                "select id from enforcement_action where appointment_id = ?", Long.class, second.getId());

        String resultUrl = "/enforcement/" + breachId + "/result";
        assertThat(page(get(resultUrl)).title()).startsWith("Record the result of a breach");
        Document noResult = page(post(resultUrl).param("version", "0"));
        assertThat(noResult.title()).startsWith("Error:");
        assertThat(noResult.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#result", "#resolvedOn");
        mvc.perform(post(resultUrl)
                        .param("result", "CONTINUED")
                        .param("resolvedOn.day", "17")
                        .param("resolvedOn.month", "6")
                        .param("resolvedOn.year", "2026")
                        .param("version", "0")
                        .with(user(data.user(Role.MANAGER, "Leeds")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(resultUrl)
                        .param("result", "CONTINUED")
                        .param("resolvedOn.day", "17")
                        .param("resolvedOn.month", "6")
                        .param("resolvedOn.year", "2026")
                        .param("version", "0")
                        .with(user(data.user(Role.PROBATION_OFFICER, "Merseyside")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select resolution is null from enforcement_action where id = ?", Boolean.class, breachId))
                .isTrue();
        mvc.perform(post(resultUrl)
                        .param("result", "CONTINUED")
                        .param("resolvedOn.day", "17")
                        .param("resolvedOn.month", "6")
                        .param("resolvedOn.year", "2026")
                        .param("version", "0")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successMessage", "Result of the breach recorded: order continued"));
    }

    private int decisions() {
        return jdbc.queryForObject(
                "select count(*) from enforcement_action where order_id = ?", Integer.class, orderId);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
