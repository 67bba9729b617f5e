package org.throughcare.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.MockBrowser;
import org.throughcare.StatementCounter;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How many SQL statements each dashboard sends, as the other pages' statement budgets: every figure is aggregated in
 * SQL, so the count is fixed whatever the data, and grows only when the budget is raised on purpose. A dashboard
 * costs the session, the teams in scope (the filter), then its own statements.
 */
@IntegrationTest
class DashboardStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    DashboardSummaries summaries;

    final Map<String, List<String>> sent = new LinkedHashMap<>();

    @Test
    void eachDashboardSendsItsBudget() throws Exception {
        SignedInUser manager = data.user(Role.MANAGER, "Kent");
        MockBrowser browser = new MockBrowser(mvc);
        browser.signIn(manager.username(), Fixtures.PASSWORD);

        Map<String, Long> budgets = new LinkedHashMap<>();
        budgets.put("/manager", 1L);
        budgets.put("/dashboard/custody", 3L); // the monthly figures in one statement
        // The funnel and every breakdown (grouping sets) are counted once a recount: see the test below.
        budgets.put("/dashboard/pathway", 2L);
        budgets.put("/dashboard/orders", 4L); // commencements by month; active, ended and breaches
        budgets.put("/dashboard/compliance", 3L); // appointments and enforcement by month, one statement
        budgets.put("/dashboard/continuity", 3L);
        budgets.put("/dashboard/caseload", 4L); // per team; per worker
        budgets.put("/dashboard/outcomes", 3L);
        budgets.put("/dashboard/cases?figure=custody-tests", 6L); // + scope, count, rows, audit insert
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : budgets.keySet()) {
            counts.put(path, statements(browser, path));
        }
        assertThat(counts).as(() -> "Statements each page sent:\n" + sent).isEqualTo(budgets);
    }

    @Test
    void thePathwayFiguresAreCountedOnceARecount() throws Exception {
        SignedInUser manager = data.user(Role.MANAGER, "Kent");
        MockBrowser browser = new MockBrowser(mvc);
        browser.signIn(manager.username(), Fixtures.PASSWORD);
        // A first view of the page saves the session's new state (as in the budgets above).
        browser.perform(get("/dashboard/pathway"));
        summaries.refresh();

        // After a recount, the first view counts: session, teams, the funnel, the breakdowns.
        assertThat(StatementCounter.statements(() -> browser.perform(get("/dashboard/pathway"))))
                .hasSize(4);
        // Until the next recount, the same filter is answered from those figures: session and teams only.
        assertThat(StatementCounter.statements(() -> browser.perform(get("/dashboard/pathway"))))
                .hasSize(2);
        summaries.refresh();
        assertThat(StatementCounter.statements(() -> browser.perform(get("/dashboard/pathway"))))
                .hasSize(4);
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
