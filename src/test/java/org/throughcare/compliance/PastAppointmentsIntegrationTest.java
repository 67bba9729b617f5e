package org.throughcare.compliance;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.order.OrderFixtures;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.throughcare.compliance.AppointmentIntegrationTest.at;

/** An order's page shows its latest past appointments and links to all of them, a page at a time. */
@IntegrationTest
@Import(OrderFixtures.class)
class PastAppointmentsIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    static final int PAST = 30;

    @Autowired
    Appointments appointments;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orderData;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser officer;
    Long orderId;

    @BeforeEach
    void setUp() {
        officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        Person person = data.person(officer);
        orderId = orderData.drrOrder(person.getId(), TODAY.minusMonths(8), officer);
        // Weekly for 30 weeks, the latest 3 days ago, and one still to come.
        for (int week = PAST - 1; week >= 0; week--) {
            schedule(at(TODAY.minusDays(3 + 7L * week), 10));
        }
        schedule(at(TODAY.plusDays(4), 10));
    }

    void schedule(java.time.Instant when) {
        appointments.schedule(
                orderId, new Appointments.Details(AppointmentKind.SUPERVISION, when, "Albion Street", "Sam"), officer);
    }

    Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theOrderPageShowsTheLatestTenAndLinksToTheRest() throws Exception {
        Document order = page(get("/orders/" + orderId).with(user(officer)));
        var caption = order.selectFirst("caption:contains(Latest past appointments)");
        assertThat(caption).isNotNull();
        var past = caption.parent();
        assertThat(past.select("tbody tr")).hasSize(ComplianceOrderSections.PAST_SHOWN);
        assertThat(past.select("tbody tr").first().text()).startsWith("14 June 2026 at 10:00am");
        assertThat(order.selectFirst("caption:contains(Upcoming appointments)")
                        .parent()
                        .select("tbody tr"))
                .hasSize(1);
        var link = order.select("a:contains(View all 30 past appointments)");
        assertThat(link.attr("href")).isEqualTo("/orders/" + orderId + "/appointments");
        assertThat(order.text()).contains("30 outcomes overdue");
    }

    @Test
    void thePastAppointmentsPageGoesAPageAtATimeNewestFirstAndIsAudited() throws Exception {
        Document first = page(get("/orders/" + orderId + "/appointments").with(user(officer)));
        assertThat(first.title()).startsWith("Past appointments");
        assertThat(first.select("tbody tr")).hasSize(AppointmentController.PAST_PAGE_SIZE);
        assertThat(first.select("tbody tr").first().text()).startsWith("14 June 2026 at 10:00am");
        assertThat(first.text()).contains("Showing 1 to 25 of 30");
        assertThat(first.select("a:contains(Record outcome)")).isNotEmpty();

        Document second =
                page(get("/orders/" + orderId + "/appointments?page=2").with(user(officer)));
        assertThat(second.select("tbody tr")).hasSize(PAST - AppointmentController.PAST_PAGE_SIZE);
        assertThat(second.select("tbody tr").last().text())
                .startsWith(new org.throughcare.web.Formats().dateTime(at(TODAY.minusDays(3 + 7L * (PAST - 1)), 10)));

        Document beyond =
                page(get("/orders/" + orderId + "/appointments?page=9").with(user(officer)));
        assertThat(beyond.select("tbody tr")).hasSize(PAST - AppointmentController.PAST_PAGE_SIZE);

        assertThat(jdbc.queryForList(
                        "select summary from audit_event where record_type = 'Appointment' and action = 'VIEW'"
                                + " and actor = ? order by id",
                        String.class,
                        officer.username()))
                .containsExactly(
                        "Past appointments under order " + orderId + ", page 1",
                        "Past appointments under order " + orderId + ", page 2",
                        "Past appointments under order " + orderId + ", page 2");
    }

    @Test
    void onlyProbationOfficersAndManagersOfTheTeamSeeThem() throws Exception {
        mvc.perform(get("/orders/" + orderId + "/appointments").with(user(data.user(Role.CUSTODY_WORKER, "Leeds"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orders/" + orderId + "/appointments")
                        .with(user(data.user(Role.PROBATION_OFFICER, "Merseyside"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orders/" + orderId + "/appointments").with(user(data.user(Role.MANAGER, "Leeds"))))
                .andExpect(status().isOk());
        mvc.perform(get("/orders/999999999/appointments").with(user(officer))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Appointment' and action = 'VIEW'"
                                + " and summary like ?",
                        Integer.class,
                        "Past appointments under order " + orderId + ",%"))
                .as("only the manager's view")
                .isEqualTo(1);
    }
}
