package org.throughcare.compliance;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.order.OrderDirectory;
import org.throughcare.order.OrderFixtures;
import org.throughcare.order.OrderPageSection;
import org.throughcare.order.OrderSummary;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.throughcare.compliance.AppointmentIntegrationTest.at;

/** The order page's compliance sections (their models), the person page's section and the timeline entries. */
@IntegrationTest
@Import(OrderFixtures.class)
class ComplianceSectionsIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    Appointments appointments;

    @Autowired
    Enforcement enforcement;

    @Autowired
    DrugTests tests;

    @Autowired
    OrderDirectory orders;

    @Autowired
    OrderPageSection<ComplianceOrderSections.AppointmentsModel> appointmentsSection;

    @Autowired
    OrderPageSection<ComplianceOrderSections.DrugTestsModel> drugTestsSection;

    @Autowired
    OrderPageSection<ComplianceOrderSections.EnforcementModel> enforcementSection;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orderData;

    @Autowired
    MockMvc mvc;

    SignedInUser officer;
    Person person;
    Long orderId;
    Appointment failure;

    @BeforeEach
    void setUp() {
        officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        person = data.person(officer);
        orderId = orderData.drrOrder(person.getId(), TODAY.minusMonths(2), officer);
        Appointment warned = schedule(at(TODAY.minusDays(20), 10));
        warned = appointments.recordOutcome(
                warned.getId(),
                new Appointments.Outcome(AppointmentOutcome.UNACCEPTABLE_ABSENCE, null, null, null, null),
                warned.getVersion(),
                officer);
        enforcement.decide(warned.getId(), EnforcementKind.WARNING, TODAY.minusDays(19), "First warning", officer);
        failure = schedule(at(TODAY.minusDays(2), 10));
        failure = appointments.recordOutcome(
                failure.getId(),
                new Appointments.Outcome(AppointmentOutcome.ATTENDED_FAILED_TO_COMPLY, null, null, null, null),
                failure.getVersion(),
                officer);
        schedule(at(TODAY.minusDays(1), 10));
        schedule(at(TODAY.plusDays(5), 10));
        tests.record(orderId, TODAY, DrugTestStatus.TESTED, Map.of(PanelSubstance.COCAINE, true), null, officer);
    }

    Appointment schedule(java.time.Instant when) {
        return appointments.schedule(
                orderId, new Appointments.Details(AppointmentKind.SUPERVISION, when, "Albion Street", "Sam"), officer);
    }

    static List<String> texts(List<List<Cell>> rows, int column) {
        return rows.stream().map(r -> r.get(column).text()).toList();
    }

    @Test
    void theOrderSectionsShowAppointmentsTestsAndEnforcementWithLinksOnlyWhenTheOrderTakesChanges() throws Exception {
        OrderSummary order = orders.order(orderId, officer);

        var appointmentsModel = appointmentsSection.model(order, true, officer);
        assertThat(appointmentsModel.upcoming()).hasSize(1);
        assertThat(texts(appointmentsModel.past(), 3))
                .containsExactly(
                        "Outcome overdue",
                        "Attended but failed to comply",
                        "Unacceptable absence; warning on 29 May 2026");
        assertThat(texts(appointmentsModel.past(), 4))
                .containsExactly("Record outcome", "Decide on a warning or breach", "");
        assertThat(appointmentsModel.past().get(1).get(4).href())
                .isEqualTo("/appointments/" + failure.getId() + "/enforcement");
        assertThat(appointmentsModel.overdue()).isEqualTo(1);
        assertThat(Jsoup.parse(mvc.perform(get("/orders/" + orderId).with(user(officer)))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#appointments ~ p .govuk-tag--red")
                        .text())
                .isEqualTo("1 outcome overdue");
        var readOnly = appointmentsSection.model(order, false, officer);
        assertThat(texts(readOnly.past(), 4)).containsOnly("");
        assertThat(texts(readOnly.upcoming(), 4)).containsOnly("");

        var drugTestsModel = drugTestsSection.model(order, true, officer);
        assertThat(texts(drugTestsModel.rows(), 1)).containsExactly("Positive: cocaine");

        var enforcementModel = enforcementSection.model(order, true, officer);
        assertThat(enforcementModel.tag()).isEqualTo(new ComplianceTag("2 failures", "red"));
        assertThat(enforcementModel.breachRequired()).isTrue();
        // Friday 29 May 2026 + 2 working days
        assertThat(texts(enforcementModel.rows(), 3)).containsExactly("Warning letter due by 2 June 2026");
        assertThat(texts(enforcementModel.rows(), 2)).singleElement().asString().startsWith("Unacceptable absence on ");

        EnforcementAction breach = enforcement.decide(failure.getId(), EnforcementKind.BREACH, TODAY, null, officer);
        enforcementModel = enforcementSection.model(order, true, officer);
        assertThat(enforcementModel.tag()).isEqualTo(new ComplianceTag("Breach in progress", "red"));
        assertThat(texts(enforcementModel.rows(), 2))
                .satisfiesExactly(
                        newest -> assertThat(newest).startsWith("Attended but failed to comply on "),
                        oldest -> assertThat(oldest).startsWith("Unacceptable absence on "));
        assertThat(enforcementModel.rows().get(0).get(4).href())
                .isEqualTo("/enforcement/" + breach.getId() + "/result");
        assertThat(enforcementSection
                        .model(order, false, officer)
                        .rows()
                        .get(0)
                        .get(4)
                        .href())
                .isNull();
    }

    @Test
    void thePersonPageAndTimelineShowCompliance() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/people/" + person.getId()).with(user(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#compliance").text()).isEqualTo("Compliance");
        String section = page.select("section[aria-labelledby=compliance] a[href=/orders/" + orderId + "]")
                .parents()
                .select("tr")
                .first()
                .text();
        assertThat(section)
                .contains("Community order: DRR, ends")
                .contains("2 failures")
                .contains("22 June 2026 at 10:00am")
                .endsWith("1");

        String timeline = mvc.perform(
                        get("/people/" + person.getId() + "/timeline").with(user(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(timeline).text())
                .contains("Failure to comply: unacceptable absence")
                .contains("Failure to comply: attended but failed to comply")
                .contains("Warning given");
    }
}
