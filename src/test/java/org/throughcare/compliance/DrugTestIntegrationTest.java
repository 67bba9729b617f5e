package org.throughcare.compliance;

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
import org.throughcare.common.RuleViolationException;
import org.throughcare.order.OrderFixtures;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Drug tests under an order on PostgreSQL: results per substance or refused, and the form. */
@IntegrationTest
@Import(OrderFixtures.class)
class DrugTestIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    DrugTests tests;

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
        orderId = orderData.drrOrder(person.getId(), TODAY.minusMonths(1), officer);
    }

    @Test
    void aTestedSampleNeedsAResultAndARefusedOneHasNone() {
        assertThatThrownBy(() -> tests.record(orderId, TODAY, DrugTestStatus.TESTED, Map.of(), null, officer))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("results"));
        assertThatThrownBy(() -> tests.record(
                        orderId, TODAY, DrugTestStatus.REFUSED, Map.of(PanelSubstance.COCAINE, true), null, officer))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("results"));

        OrderDrugTest test = tests.record(
                orderId,
                TODAY,
                DrugTestStatus.TESTED,
                Map.of(PanelSubstance.OPIATES, true, PanelSubstance.COCAINE, false),
                null,
                officer);
        tests.record(orderId, TODAY.minusDays(7), DrugTestStatus.REFUSED, Map.of(), "Said no", officer);

        assertThat(test.summary()).isEqualTo("Positive: opiates; negative: cocaine");
        assertThat(jdbc.queryForList(
                        "select substance || '=' || positive from order_drug_test_result where test_id = ? order by 1",
                        String.class,
                        test.getId()))
                .containsExactly("COCAINE=false", "OPIATES=true");
    }

    @Test
    void theFormRecordsResultsPerSubstanceOrShowsEveryProblem() throws Exception {
        String url = "/orders/" + orderId + "/drug-tests/new";
        assertThat(page(get(url)).select("input[name='results[OPIATES]']")).hasSize(3);
        Document empty = page(post(url));
        assertThat(empty.title()).startsWith("Error: Record a drug test");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#testedOn", "#status");
        Document noResult = page(post(url)
                .param("status", "TESTED")
                .param("testedOn.day", "17")
                .param("testedOn.month", "6")
                .param("testedOn.year", "2026"));
        assertThat(noResult.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#results");
        assertThat(count()).isZero();

        mvc.perform(post(url)
                        .param("status", "TESTED")
                        .param("testedOn.day", "17")
                        .param("testedOn.month", "6")
                        .param("testedOn.year", "2026")
                        .param("results[OPIATES]", "NEGATIVE")
                        .param("results[CANNABIS]", "POSITIVE")
                        .param("results[COCAINE]", "")
                        .with(user(data.user(Role.TREATMENT_WORKER, "Leeds")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(url)
                        .param("status", "TESTED")
                        .param("testedOn.day", "17")
                        .param("testedOn.month", "6")
                        .param("testedOn.year", "2026")
                        .param("results[OPIATES]", "NEGATIVE")
                        .with(user(data.user(Role.PROBATION_OFFICER, "Merseyside")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(url)
                        .param("status", "TESTED")
                        .param("testedOn.day", "17")
                        .param("testedOn.month", "6")
                        .param("testedOn.year", "2026")
                        .param("results[OPIATES]", "NEGATIVE")
                        .param("results[CANNABIS]", "POSITIVE")
                        .param("results[COCAINE]", "")
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/" + orderId + "#drug-tests"))
                .andExpect(flash().attribute("successMessage", "Drug test recorded"));
        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event e join order_drug_test t on e.record_id = t.id::text"
                                + " where e.record_type = 'OrderDrugTest' and t.order_id = ?",
                        Integer.class,
                        orderId))
                .isEqualTo(1);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from order_drug_test where order_id = ?", Integer.class, orderId);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
