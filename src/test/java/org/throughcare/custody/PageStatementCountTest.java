package org.throughcare.custody;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.MockBrowser;
import org.throughcare.StatementCounter;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How many SQL statements each page users open most sends, as a signed-in browser sees it (the session read
 * included), counted at the connection ({@link StatementCounter}). A page's count must not grow with the rows
 * it shows (no query per row), and must not grow at all without someone deciding it should: the budgets below
 * are today's counts, so a change that adds a query to a page fails here and either finds another way or
 * raises the budget on purpose. Lower a budget when a page gets cheaper.
 */
class PageStatementCountTest extends CustodyTestSupport {

    @Autowired
    MockMvc mvc;

    /**
     * A force area no other test uses: lists show a page of rows without counting them when there are fewer
     * than a page, so other tests' rows in the same area would change the counts.
     */
    static final String FORCE = "Wiltshire";

    /** What each page sent, for the failure message. */
    final Map<String, List<String>> sent = new LinkedHashMap<>();

    SignedInUser worker;
    MockBrowser browser;
    CustodySuite suite;

    @BeforeEach
    void signIn() throws Exception {
        worker = signedIn(Role.CUSTODY_WORKER, FORCE);
        browser = browser(worker);
        suite = suite(FORCE, LocalDate.of(2020, 1, 1));
    }

    @Test
    void aPersonPageSendsTheSameStatementsForOneCustodyEventAsForSix() throws Exception {
        Person person = personWithEvents(1);
        long one = statements(browser, "/people/" + person.getId());

        record(person, 5);

        assertThat(statements(browser, "/people/" + person.getId())).isEqualTo(one);
    }

    @Test
    void listsSendTheSameStatementsForOnePersonAsForFive() throws Exception {
        personWithEvents(1);
        Map<String, Long> one = listCounts();

        for (int i = 0; i < 4; i++) {
            personWithEvents(1);
        }

        assertThat(listCounts()).isEqualTo(one);
    }

    @Test
    void noPageSendsMoreStatementsThanItsBudget() throws Exception {
        Person person = personWithEvents(3);
        Long eventId = jdbc.queryForObject(
                "select max(id) from custody_event where person_id = ?", Long.class, person.getId());
        Long caseId =
                jdbc.queryForObject("select max(id) from person_case where person_id = ?", Long.class, person.getId());
        Map<String, Long> budgets = new LinkedHashMap<>();
        budgets.put("/people", 1L);
        // The person page: session; person; scope; audit; cases with their team and owner names (one statement
        // through the user module's reporting views); then the summaries of consent, L&D screenings, referrals,
        // diversions, treatment and custody, and the court orders and compliance shown whole, sent together in one
        // round trip (ReadBatch: 13 before 3 December 2026, 8 until the orders and compliance joined it). Treatment
        // reads its provider's name and the outcome change only for someone with an episode. 13 on 2 December 2026
        // (was 19): the sections whose history grows show a summary, in full on their own page.
        budgets.put("/people/" + person.getId(), 6L);
        // A section's own page: the person page's first five statements, then the section's (custody: events,
        // results, assessments).
        budgets.put("/people/" + person.getId() + "/custody", 8L);
        // The timeline reads what the sections read in full, once each; 18 since the cases are one statement.
        budgets.put("/people/" + person.getId() + "/timeline", 18L);
        budgets.put("/referrals", 2L);
        // A search for this family name ("Custody" and a suffix with digits) is taken for a custody record number:
        // the session, the page with its total (the total was a statement of its own before 2 December 2026), the
        // audit.
        budgets.put("/people?q=" + person.getFamilyName(), 3L);
        // A family name typed in full that is part of no other name word: the session, folding the text, asking
        // whether the word matches only itself, the page read in order from its index with its count, the audit.
        String surname = Fixtures.uniqueLetters();
        fixtures.person(worker, Fixtures.details().named("Sam", surname));
        budgets.put("/people?q=" + surname, 5L);
        budgets.put("/custody", 7L);
        budgets.put("/caseload", 2L);
        budgets.put("/cases/" + caseId, 8L);
        // 8 since the test page lists the test's corrections (one indexed query, however many).
        budgets.put("/custody/events/" + eventId, 8L);

        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : budgets.keySet()) {
            counts.put(path, statements(browser, path));
        }
        for (Role role :
                new Role[] {Role.LIAISON_DIVERSION, Role.PROBATION_OFFICER, Role.TREATMENT_WORKER, Role.MANAGER}) {
            // Each list on a home page is one query: L&D shows people tested today, screenings in progress and
            // two referral lists; treatment two referral lists,
            // releases not yet seen and open episodes; probation the caseload (one query for the page's rows),
            // overdue outcomes and releases not yet seen.
            budgets.put(
                    role.homePath(),
                    switch (role) {
                        case LIAISON_DIVERSION -> 5L;
                        case TREATMENT_WORKER -> 5L;
                        case PROBATION_OFFICER -> 4L;
                        default -> 1L;
                    });
            counts.put(role.homePath(), statements(browser(signedIn(role, FORCE)), role.homePath()));
        }

        assertThat(counts)
                .as(() -> "Statements each page sent:\n"
                        + sent.entrySet().stream()
                                .map(page -> page.getKey() + "\n  " + String.join("\n  ", page.getValue()))
                                .collect(Collectors.joining("\n")))
                .isEqualTo(budgets);
    }

    /**
     * A home page reads its lists in one read-only transaction: the custody worklist's seven (a list each, then the
     * names) cost it more than its statements at national scale. Spring Session commits the session's update of its
     * own, as on every page.
     */
    @Test
    void homePagesReadTheirListsInOneTransaction() throws Exception {
        Map<String, Integer> commits = new LinkedHashMap<>();
        for (Role role :
                new Role[] {Role.CUSTODY_WORKER, Role.LIAISON_DIVERSION, Role.PROBATION_OFFICER, Role.TREATMENT_WORKER
                }) {
            MockBrowser home = role == Role.CUSTODY_WORKER ? browser : browser(signedIn(role, FORCE));
            home.perform(get(role.homePath()));
            commits.put(role.homePath(), StatementCounter.commits(() -> home.perform(get(role.homePath()))));
        }

        assertThat(commits)
                .allSatisfy((path, count) -> assertThat(count).as(path).isOne());
    }

    private Map<String, Long> listCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : new String[] {"/custody", "/caseload", "/people?q=Custody" + suffix}) {
            counts.put(path, statements(browser, path));
        }
        return counts;
    }

    private Person personWithEvents(int events) {
        Person person = person(worker, LocalDate.of(1990, 3, 1));
        record(person, events);
        return person;
    }

    private void record(Person person, int events) {
        for (int i = 0; i < events; i++) {
            TestResult result = i % 2 == 0 ? TestResult.POSITIVE : TestResult.NEGATIVE;
            this.events.record(
                    tested(person.getId(), suite, NOW.minus(10L * (i + 1), ChronoUnit.DAYS), result), worker);
        }
    }

    private MockBrowser browser(SignedInUser user) throws Exception {
        MockBrowser signedIn = new MockBrowser(mvc);
        assertThat(signedIn.signIn(user.username(), Fixtures.PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
        return signedIn;
    }

    /** The statements one view of the page sends, after a first view (which may create the CSRF token). */
    private long statements(MockBrowser browser, String path) throws Exception {
        assertThat(browser.perform(get(path)).getResponse().getStatus())
                .as(path)
                .isEqualTo(200);
        List<String> statements = StatementCounter.statements(() -> browser.perform(get(path)));
        sent.put(path, statements);
        return statements.size();
    }
}
