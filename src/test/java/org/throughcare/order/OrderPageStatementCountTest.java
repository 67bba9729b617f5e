package org.throughcare.order;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.MockBrowser;
import org.throughcare.StatementCounter;
import org.throughcare.TestClock;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How many SQL statements an order's pages send, as in custody's PageStatementCountTest: the count must not grow
 * with the order's reviews and appointments, and must not grow at all without raising the budget on purpose.
 */
@IntegrationTest
@Import({Fixtures.class, OrderFixtures.class})
class OrderPageStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orders;

    @Autowired
    JdbcTemplate jdbc;

    final Map<String, List<String>> sent = new LinkedHashMap<>();

    @Test
    void anOrdersPagesSendTheirBudgetWhateverTheOrderHolds() throws Exception {
        SignedInUser officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        Person person = data.person(officer);
        Long shortOrder = orders.drrOrder(person.getId(), TestClock.TODAY.minusMonths(1), officer);
        Long longOrder = orders.make(person.getId(), orders.drr(TestClock.TODAY.minusMonths(1), 18, true), officer);
        Long reviewId =
                jdbc.queryForObject("select min(id) from court_review where order_id = ?", Long.class, longOrder);
        MockBrowser browser = new MockBrowser(mvc);
        browser.signIn(officer.username(), Fixtures.PASSWORD);

        assertThat(statements(browser, "/orders/" + longOrder))
                .as("the same for 18 reviews as for 6")
                .isEqualTo(statements(browser, "/orders/" + shortOrder));

        Map<String, Long> budgets = new LinkedHashMap<>();
        // 14 for the order's own sections; 16 with the checklist section (its latest revision, and its status in
        // one query); 22 with the appointments (and the checklist's barriers to match missed ones against), drug
        // tests and enforcement sections (the actions with the failures they answer in one statement since
        // 2 December 2026, not the actions and then every appointment again). 19 since 3 December 2026 (was 22):
        // the appointments section shares the latest checklist and the actions with the sections that show them,
        // and the requirements section the requirements with the page's heading.
        budgets.put("/orders/" + longOrder, 19L);
        // 11 for the order's own parts; 15 with compliance's (attendance, drug tests) and the checklist changes.
        budgets.put("/reviews/" + reviewId, 15L);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : budgets.keySet()) {
            counts.put(path, statements(browser, path));
        }
        assertThat(counts).as(() -> "Statements each page sent:\n" + sent).isEqualTo(budgets);
    }

    private long statements(MockBrowser browser, String path) throws Exception {
        assertThat(browser.perform(get(path)).getResponse().getStatus())
                .as(path)
                .isEqualTo(200);
        List<String> statements = StatementCounter.statements(() -> browser.perform(get(path)));
        sent.put(path, statements);
        return statements.size();
    }
}
