package org.throughcare.order;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The order forms and pages through MockMvc: every problem shown, nothing half-saved, roles and scope. */
@IntegrationTest
@Import({Fixtures.class, OrderFixtures.class})
class OrderControllerTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orders;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser officer;
    Person person;

    @BeforeEach
    void setUp() {
        officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        person = data.person(officer);
    }

    @Test
    void theOrderFormRefusesADrrWithoutWillingnessThenRecordsTheOrder() throws Exception {
        String url = "/people/" + person.getId() + "/orders/new";
        assertThat(page(get(url)).title()).startsWith("Record a court order");

        Document empty = page(post(url));
        assertThat(empty.title()).startsWith("Error: Record a court order");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly(
                        "#type", "#courtId", "#sentencedOn", "#startsOn", "#endsOn", "#offenceIds", "#requirements");

        Document unwilling = page(validDrr(post(url), false));
        assertThat(unwilling.title()).startsWith("Error:");
        assertThat(unwilling.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#drrWillingnessOn");
        assertThat(unwilling.select("#drrWillingnessOn-error").text())
                .contains("without it the court cannot make the requirement");
        assertThat(orderCount()).isZero();

        String location = mvc.perform(
                        validDrr(post(url), true).with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successMessage", "Order recorded"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(orderCount()).isOne();
        Document order = page(get(location));
        assertThat(order.select("h1").text()).isEqualTo("Community order: DRR");
        assertThat(order.select("#reviews ~ table").text()).contains("17 July 2026");
        assertThat(page(get("/people/" + person.getId()))
                        .select("#orders ~ table")
                        .text())
                .contains("Community order: DRR")
                .contains("Active")
                .contains(officer.displayName());
    }

    @Test
    void onlyProbationOfficersRecordOrdersAndOtherTeamsCannotSeeThem() throws Exception {
        Long orderId = orders.drrOrder(person.getId(), TODAY.minusMonths(1), officer);
        mvc.perform(get("/people/" + person.getId() + "/orders/new")
                        .with(user(data.user(Role.TREATMENT_WORKER, "Leeds"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orders/" + orderId).with(user(data.user(Role.CUSTODY_WORKER, "Leeds"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orders/" + orderId).with(user(data.user(Role.PROBATION_OFFICER, "Merseyside"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'CourtOrder' and action = 'VIEW'"
                                + " and record_id = ?",
                        Integer.class,
                        String.valueOf(orderId)))
                .isZero();
        page(get("/orders/" + orderId));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'CourtOrder' and action = 'VIEW'"
                                + " and record_id = ?",
                        Integer.class,
                        String.valueOf(orderId)))
                .isOne();
    }

    @Test
    void aReviewsReportIsSentAndItsOutcomeRecorded() throws Exception {
        Long orderId = orders.drrOrder(person.getId(), TODAY.minusMonths(1), officer);
        Long reviewId = jdbc.queryForObject(
                "select id from court_review where order_id = ? and due_on = ?", Long.class, orderId, TODAY);

        Document report = page(get("/reviews/" + reviewId));
        assertThat(report.title()).startsWith("Progress report for the court review due 17 June 2026");
        assertThat(report.text()).contains("This is the first review of the order.");

        assertThat(page(post("/reviews/" + reviewId + "/report-sent"))
                        .select(".govuk-error-summary__list a")
                        .eachAttr("href"))
                .containsExactly("#on");
        mvc.perform(post("/reviews/" + reviewId + "/report-sent")
                        .param("on.day", "14")
                        .param("on.month", "6")
                        .param("on.year", "2026")
                        .param("providerView", "Engaging well; two negative tests")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/reviews/" + reviewId));
        assertThat(page(get("/reviews/" + reviewId)).text()).contains("Engaging well; two negative tests");

        Document papersButAttended = page(post("/reviews/" + reviewId + "/outcome")
                .param("heldOn.day", "17")
                .param("heldOn.month", "6")
                .param("heldOn.year", "2026")
                .param("attendance", "ATTENDED")
                .param("outcome", "REVIEWED_ON_PAPERS"));
        assertThat(papersButAttended.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#attendance");
        mvc.perform(post("/reviews/" + reviewId + "/outcome")
                        .param("heldOn.day", "17")
                        .param("heldOn.month", "6")
                        .param("heldOn.year", "2026")
                        .param("attendance", "ATTENDED")
                        .param("outcome", "SATISFACTORY_PROGRESS")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/orders/" + orderId + "#reviews"));
        assertThat(jdbc.queryForObject("select outcome from court_review where id = ?", String.class, reviewId))
                .isEqualTo("SATISFACTORY_PROGRESS");
    }

    @Test
    void aReviewIsAddedWithinTheOrderOnly() throws Exception {
        Long orderId = orders.unpaidWorkOrder(person.getId(), TODAY.minusMonths(1), officer);
        Document outside = page(post("/orders/" + orderId + "/reviews/new")
                .param("dueOn.day", "1")
                .param("dueOn.month", "1")
                .param("dueOn.year", "2030"));
        assertThat(outside.select("#dueOn-error").text()).contains("The review must fall within the order");
        mvc.perform(post("/orders/" + orderId + "/reviews/new")
                        .param("dueOn.day", "1")
                        .param("dueOn.month", "9")
                        .param("dueOn.year", "2026")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/orders/" + orderId + "#reviews"));
        assertThat(jdbc.queryForObject("select count(*) from court_review where order_id = ?", Integer.class, orderId))
                .isOne();
    }

    @Test
    void theCourtsDecisionEndsTheOrderWhichIsThenReadOnly() throws Exception {
        Long orderId = orders.drrOrder(person.getId(), TODAY.minusMonths(3), officer);
        assertThat(page(post("/orders/" + orderId + "/decision"))
                        .select(".govuk-error-summary__list a")
                        .eachAttr("href"))
                .containsExactly("#outcome", "#decidedOn");
        Document notAmended = page(post("/orders/" + orderId + "/decision")
                .param("outcome", "COMPLETED")
                .param("decidedOn.day", "16")
                .param("decidedOn.month", "6")
                .param("decidedOn.year", "2026")
                .param("newEndsOn.day", "1")
                .param("newEndsOn.month", "1")
                .param("newEndsOn.year", "2027"));
        assertThat(notAmended.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#newEndsOn");

        mvc.perform(post("/orders/" + orderId + "/decision")
                        .param("outcome", "REVOKED_GOOD_PROGRESS")
                        .param("decidedOn.day", "16")
                        .param("decidedOn.month", "6")
                        .param("decidedOn.year", "2026")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/orders/" + orderId))
                .andExpect(flash().attribute("successMessage", "Order ended: revoked early for good progress"));

        Document ended = page(get("/orders/" + orderId));
        assertThat(ended.select("main .govuk-tag").first().text()).isEqualTo("Ended");
        assertThat(ended.select("a:contains(Record the court’s decision), a:contains(Add a court review)"))
                .isEmpty();
        mvc.perform(get("/orders/" + orderId + "/decision").with(user(officer)))
                .andExpect(redirectedUrl("/orders/" + orderId))
                .andExpect(flash().attribute(
                                "errorMessage",
                                "This order ended on 16 June 2026 (revoked early for good progress). Only a manager can"
                                        + " correct an ended order."));
    }

    private MockHttpServletRequestBuilder validDrr(MockHttpServletRequestBuilder request, boolean willing) {
        if (willing) {
            request.param("drrWillingnessOn.day", "10")
                    .param("drrWillingnessOn.month", "6")
                    .param("drrWillingnessOn.year", "2026");
        }
        return request.param("type", "COMMUNITY_ORDER")
                .param("courtId", String.valueOf(orders.courtId()))
                .param("sentencedOn.day", "17")
                .param("sentencedOn.month", "6")
                .param("sentencedOn.year", "2026")
                .param("startsOn.day", "17")
                .param("startsOn.month", "6")
                .param("startsOn.year", "2026")
                .param("endsOn.day", "16")
                .param("endsOn.month", "6")
                .param("endsOn.year", "2027")
                .param("offenceIds", String.valueOf(orders.offenceId()))
                .param("responsibleOfficerId", String.valueOf(officer.id()))
                .param("requirements", "DRR")
                .param("drrProviderId", String.valueOf(orders.providerId()))
                .param("drrPlace", "Leeds hub")
                .param("drrResidence", "NON_RESIDENT")
                .param("drrPeriodMonths", "6")
                .param("drrTestsPerMonth", "4")
                .param("drrCourtReviews", "true");
    }

    private int orderCount() {
        return jdbc.queryForObject(
                "select count(*) from court_order where person_id = ?", Integer.class, person.getId());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
