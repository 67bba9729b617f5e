package org.throughcare.compliance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.MockBrowser;
import org.throughcare.StatementCounter;
import org.throughcare.TestClock;
import org.throughcare.order.OrderFixtures;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How many SQL statements the checklist pages send, as a signed-in browser sees them (see the custody module's
 * PageStatementCountTest): not growing with the revisions shown, and within today's budgets.
 */
@IntegrationTest
@Import({Fixtures.class, OrderFixtures.class})
class ChecklistPageStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orders;

    @Autowired
    ChecklistService checklists;

    final Map<String, List<String>> sent = new LinkedHashMap<>();

    SignedInUser officer;
    MockBrowser browser;
    Long orderId;

    @BeforeEach
    void setUp() throws Exception {
        officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        orderId = orders.drrOrder(data.person(officer).getId(), TestClock.TODAY.minusMonths(1), officer);
        browser = new MockBrowser(mvc);
        assertThat(browser.signIn(officer.username(), Fixtures.PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void theChecklistPagesSendTheSameStatementsForTwoRevisionsAsForFiveAndStayWithinBudget() throws Exception {
        checklists.record(orderId, ChecklistRulesTest.answers(ChecklistReason.START, false, null), officer);
        checklists.record(orderId, ChecklistRulesTest.answers(ChecklistReason.REVIEW, false, null), officer);
        Map<String, Long> two = counts();

        for (int i = 0; i < 3; i++) {
            checklists.record(orderId, ChecklistRulesTest.answers(ChecklistReason.REVIEW, false, null), officer);
        }
        Map<String, Long> five = counts();

        assertThat(five).isEqualTo(two);
        Map<String, Long> budgets = new LinkedHashMap<>();
        // Session; the order (order, scope, requirements, court, officer); the latest revision with its barriers;
        // the audit line of the view; every revision; the status; the person's name (scope, person).
        budgets.put("/orders/" + orderId + "/checklist", 12L);
        // As the page, without the audit line and the list of revisions.
        budgets.put("/orders/" + orderId + "/checklist/new", 10L);
        // Session; the order; every revision; the two compared, each with its barriers; the audit line; the name.
        budgets.put("/orders/" + orderId + "/checklist/compare", 12L);
        assertThat(five)
                .as(() -> "Statements each page sent:\n"
                        + sent.entrySet().stream()
                                .map(page -> page.getKey() + "\n  " + String.join("\n  ", page.getValue()))
                                .collect(Collectors.joining("\n")))
                .isEqualTo(budgets);
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : List.of(
                "/orders/" + orderId + "/checklist",
                "/orders/" + orderId + "/checklist/new",
                "/orders/" + orderId + "/checklist/compare")) {
            assertThat(browser.perform(get(path)).getResponse().getStatus())
                    .as(path)
                    .isEqualTo(200);
            List<String> statements = StatementCounter.statements(() -> browser.perform(get(path)));
            sent.put(path, statements);
            counts.put(path, (long) statements.size());
        }
        return counts;
    }
}
