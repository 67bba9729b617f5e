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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Appointments on PostgreSQL: scheduling, one outcome after the time, rescheduling linked, scope and the forms. */
@IntegrationTest
@Import(OrderFixtures.class)
class AppointmentIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    Appointments appointments;

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
        orderId = orderData.drrOrder(person.getId(), TODAY.minusMonths(2), officer);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(UkTime.ZONE).toInstant();
    }

    Appointment schedule(Instant startsAt) {
        return appointments.schedule(
                orderId,
                new Appointments.Details(AppointmentKind.SUPERVISION, startsAt, "Albion Street", "Sam Officer"),
                officer);
    }

    @Test
    void anOutcomeIsRecordedOnceAndNotBeforeTheAppointment() {
        Appointment future = schedule(at(TODAY.plusDays(2), 10));
        assertThatThrownBy(() -> appointments.recordOutcome(
                        future.getId(),
                        new Appointments.Outcome(AppointmentOutcome.ATTENDED_COMPLIED, null, null, null, null),
                        future.getVersion(),
                        officer))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("outcome"));

        Appointment past = schedule(at(TODAY.minusDays(1), 10));
        assertThatThrownBy(() -> appointments.recordOutcome(
                        past.getId(),
                        new Appointments.Outcome(AppointmentOutcome.ACCEPTABLE_ABSENCE, null, null, null, null),
                        past.getVersion(),
                        officer))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().stream().map(RuleViolationException::field))
                                .containsExactly("absenceReason", "absenceEvidence"));
        Appointment recorded = appointments.recordOutcome(
                past.getId(),
                new Appointments.Outcome(
                        AppointmentOutcome.ACCEPTABLE_ABSENCE, AbsenceReason.MEDICAL, "Fit note seen", null, null),
                past.getVersion(),
                officer);
        assertThatThrownBy(() -> appointments.recordOutcome(
                        past.getId(),
                        new Appointments.Outcome(AppointmentOutcome.ATTENDED_COMPLIED, null, null, null, null),
                        recorded.getVersion(),
                        officer))
                .hasMessageStartingWith("The outcome of this appointment is already recorded");
        assertThat(jdbc.queryForObject(
                        "select outcome || ' ' || absence_reason || ' ' || outcome_recorded_by from appointment where id = ?",
                        String.class,
                        past.getId()))
                .isEqualTo("ACCEPTABLE_ABSENCE MEDICAL " + officer.username());
    }

    @Test
    void reschedulingCreatesTheNewAppointmentAndLinksIt() {
        Appointment future = schedule(at(TODAY.plusDays(1), 10));
        Appointment moved = appointments.recordOutcome(
                future.getId(),
                new Appointments.Outcome(
                        AppointmentOutcome.RESCHEDULED,
                        null,
                        null,
                        "Clash with a hospital visit",
                        at(TODAY.plusDays(8), 14)),
                future.getVersion(),
                officer);

        Long newId = moved.getRescheduledToId();
        assertThat(newId).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select kind || ' ' || place || ' ' || (outcome is null) from appointment where id = ?",
                        String.class,
                        newId))
                .isEqualTo("SUPERVISION Albion Street true");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Appointment' and record_id = ?",
                        Integer.class,
                        String.valueOf(newId)))
                .isEqualTo(1);
    }

    @Test
    void anotherTeamCannotReadOrRecord() {
        Appointment past = schedule(at(TODAY.minusDays(1), 10));
        SignedInUser elsewhere = data.user(Role.PROBATION_OFFICER, "Merseyside");

        assertThatThrownBy(() -> appointments.appointment(past.getId(), elsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appointments.schedule(
                        orderId,
                        new Appointments.Details(AppointmentKind.OTHER, at(TODAY, 15), "Court", "Usher"),
                        elsewhere))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theScheduleFormSavesAndAuditsOrShowsEveryProblem() throws Exception {
        String url = "/orders/" + orderId + "/appointments/new";
        Document empty = page(post(url));
        assertThat(empty.title()).startsWith("Error: Schedule an appointment");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#kind", "#date", "#time", "#place", "#withWhom");
        Document beforeOrder = page(post(url)
                .param("kind", "SUPERVISION")
                .param("date.day", "1")
                .param("date.month", "1")
                .param("date.year", "2026")
                .param("time", "10:00")
                .param("place", "Albion Street")
                .param("withWhom", "Sam"));
        assertThat(beforeOrder.select("#date-error").text()).contains("cannot be before the order was made");
        assertThat(count()).isZero();

        mvc.perform(post(url)
                        .param("kind", "DRUG_TEST")
                        .param("date.day", "24")
                        .param("date.month", "6")
                        .param("date.year", "2026")
                        .param("time", "14:30")
                        .param("place", "Albion Street")
                        .param("withWhom", "Testing clinic")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/" + orderId + "#appointments"))
                .andExpect(flash().attribute("successMessage", "Appointment scheduled"));
        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event e join appointment a on e.record_id = a.id::text"
                                + " where e.record_type = 'Appointment' and a.order_id = ?",
                        Integer.class,
                        orderId))
                .isEqualTo(1);

        mvc.perform(get(url).with(user(data.user(Role.TREATMENT_WORKER, "Leeds"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(data.user(Role.PROBATION_OFFICER, "Merseyside"))))
                .andExpect(status().isForbidden());
        mvc.perform(post(url)
                        .param("kind", "DRUG_TEST")
                        .param("date.day", "24")
                        .param("date.month", "6")
                        .param("date.year", "2026")
                        .param("time", "14:30")
                        .param("place", "Albion Street")
                        .param("withWhom", "Testing clinic")
                        .with(user(data.user(Role.PROBATION_OFFICER, "Merseyside")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void theOutcomeFormSendsAFailureOnToTheEnforcementDecision() throws Exception {
        Appointment past = schedule(at(TODAY.minusDays(1), 10));
        String url = "/appointments/" + past.getId() + "/outcome";
        assertThat(page(get(url)).title()).startsWith("Record the outcome of an appointment");

        Document noReason =
                page(post(url).param("outcome", "ACCEPTABLE_ABSENCE").param("version", "0"));
        assertThat(noReason.title()).startsWith("Error:");
        assertThat(noReason.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#absenceReason", "#absenceEvidence");
        Document noTime = page(post(url)
                .param("outcome", "RESCHEDULED")
                .param("newDate.day", "30")
                .param("newDate.month", "6")
                .param("newDate.year", "2026")
                .param("version", "0"));
        assertThat(noTime.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#newTime");
        assertThat(jdbc.queryForObject(
                        "select outcome is null from appointment where id = ?", Boolean.class, past.getId()))
                .isTrue();

        mvc.perform(post(url)
                        .param("outcome", "UNACCEPTABLE_ABSENCE")
                        .param("version", "0")
                        .with(user(data.user(Role.TREATMENT_WORKER, "Leeds")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(url)
                        .param("outcome", "UNACCEPTABLE_ABSENCE")
                        .param("version", "0")
                        .with(user(data.user(Role.PROBATION_OFFICER, "Merseyside")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(url)
                        .param("outcome", "UNACCEPTABLE_ABSENCE")
                        .param("version", "0")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/appointments/" + past.getId() + "/enforcement"));
        assertThat(jdbc.queryForObject("select outcome from appointment where id = ?", String.class, past.getId()))
                .isEqualTo("UNACCEPTABLE_ABSENCE");
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from appointment where order_id = ?", Integer.class, orderId);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
