package org.throughcare.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.throughcare.IntegrationTest;
import org.throughcare.MockBrowser;
import org.throughcare.audit.AuditQuery;
import org.throughcare.audit.AuditService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.throughcare.Fixtures.unique;

/**
 * A change to someone's access ends every session they have open: their next request, in any browser,
 * lands on the sign-in page, and nothing they send is acted on.
 */
@IntegrationTest
class SignedInSessionsTest {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdminService users;

    @Autowired
    TeamAdminService teams;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    Team team;

    @BeforeEach
    void createTeam() {
        team = teams.create(new TeamDetails(unique("Sessions team"), area("Leeds"), 0));
    }

    @Test
    void sessionsAreKeptInTheDatabaseUnderTheUsername() throws Exception {
        UserAccount worker = account(Role.CUSTODY_WORKER);
        signedIn(worker);
        signedIn(worker);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?",
                        Long.class,
                        worker.getUsername()))
                .isEqualTo(2);
    }

    @Test
    void anAdministratorDemotedToCustodyWorkerIsSignedOutEverywhere() throws Exception {
        UserAccount demoted = account(Role.ADMIN);
        account(Role.ADMIN);
        MockBrowser office = signedIn(demoted);
        MockBrowser laptop = signedIn(demoted);
        assertThat(office.perform(get("/admin/users")).getResponse().getStatus())
                .isEqualTo(200);

        users.update(
                demoted.getId(),
                new UserChanges(
                        demoted.getDisplayName(),
                        Role.CUSTODY_WORKER,
                        team.getId(),
                        users.get(demoted.getId()).getVersion()));

        assertSentToSignIn(office.perform(get("/admin/users")));
        assertSentToSignIn(laptop.perform(get("/admin/users")));
        String newAdmin = unique("sneaky");
        assertSentToSignIn(office.perform(post("/admin/users/new")
                .with(csrf())
                .param("username", newAdmin)
                .param("displayName", "Sneaky Admin")
                .param("role", "ADMIN")
                .param("teamId", team.getId().toString())
                .param("password", "a-long-enough-password")));
        assertThat(users.exists(newAdmin)).isFalse();
        assertThat(lastSummary(demoted))
                .contains("; signed out of 2 sessions")
                .endsWith("Role: Administrator → Custody drug worker");
    }

    @Test
    void aDisabledWorkerCannotReadOrCreateAnything() throws Exception {
        UserAccount worker = account(Role.CUSTODY_WORKER);
        MockBrowser browser = signedIn(worker);
        assertThat(browser.perform(get("/people")).getResponse().getStatus()).isEqualTo(200);

        users.disable(worker.getId());

        assertSentToSignIn(browser.perform(get("/people")));
        String family = unique("Nevercreated");
        assertSentToSignIn(browser.perform(post("/people/new")
                .with(csrf())
                .param("givenName", "Nora")
                .param("familyName", family)
                .param("dateOfBirth.day", "1")
                .param("dateOfBirth.month", "2")
                .param("dateOfBirth.year", "1990")
                .param("statedSex", "FEMALE")));
        assertThat(jdbc.queryForObject("select count(*) from person where family_name = ?", Long.class, family))
                .isZero();
    }

    @Test
    void aPasswordResetSignsTheUserOut() throws Exception {
        UserAccount worker = account(Role.PROBATION_OFFICER);
        MockBrowser browser = signedIn(worker);

        users.resetPassword(worker.getId(), "a-brand-new-passphrase");

        assertSentToSignIn(browser.perform(get("/probation")));
    }

    @Test
    void movingToAnotherTeamOrTheTeamToAnotherAreaSignsOut() throws Exception {
        UserAccount worker = account(Role.CUSTODY_WORKER);
        MockBrowser browser = signedIn(worker);
        Team other = teams.create(new TeamDetails(unique("Other team"), area("Leeds"), 0));

        users.update(
                worker.getId(),
                new UserChanges(
                        worker.getDisplayName(),
                        Role.CUSTODY_WORKER,
                        other.getId(),
                        users.get(worker.getId()).getVersion()));
        assertSentToSignIn(browser.perform(get("/custody")));

        MockBrowser again = signedIn(worker);
        Team moved = teams.get(other.getId());
        teams.update(moved.getId(), new TeamDetails(moved.getName(), area("Kirklees"), moved.getVersion()));
        assertSentToSignIn(again.perform(get("/custody")));
    }

    @Test
    void changingOnlyTheDisplayNameKeepsTheSession() throws Exception {
        UserAccount worker = account(Role.TREATMENT_WORKER);
        MockBrowser browser = signedIn(worker);

        users.update(
                worker.getId(),
                new UserChanges(
                        "Renamed Worker",
                        Role.TREATMENT_WORKER,
                        team.getId(),
                        users.get(worker.getId()).getVersion()));

        assertThat(browser.perform(get("/treatment")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionInTheDatabase() throws Exception {
        UserAccount worker = account(Role.TREATMENT_WORKER);
        MockBrowser browser = signedIn(worker);
        browser.perform(post("/sign-out").with(csrf()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?",
                        Long.class,
                        worker.getUsername()))
                .isZero();
        assertSentToSignIn(browser.perform(get("/treatment")));
    }

    /**
     * Pages read the session but do not write it back: its last access time is kept to the minute
     * (CoarseLastAccessSessions), so page views within a minute of signing in change nothing in the database.
     */
    @Test
    void pageViewsWithinAMinuteDoNotWriteTheSession() throws Exception {
        UserAccount worker = account(Role.TREATMENT_WORKER);
        MockBrowser browser = signedIn(worker);
        browser.perform(get("/treatment"));
        Long before = lastAccess(worker);

        // Views at a later millisecond than the stored time, which a write per view would have moved.
        do {
            assertThat(browser.perform(get("/treatment")).getResponse().getStatus())
                    .isEqualTo(200);
        } while (System.currentTimeMillis() <= before);
        assertThat(browser.perform(get("/people")).getResponse().getStatus()).isEqualTo(200);

        assertThat(lastAccess(worker)).isEqualTo(before);
    }

    /** Outside demo mode the cookie is Secure even over plain HTTP: a real deployment is served over HTTPS. */
    @Test
    void theSessionCookieIsSecureOutsideDemoMode() throws Exception {
        MvcResult page = mvc.perform(get("/sign-in")).andReturn();
        assertThat(page.getResponse().getHeader("Set-Cookie"))
                .startsWith("SESSION=")
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
    }

    private Long lastAccess(UserAccount account) {
        return jdbc.queryForObject(
                "select last_access_time from spring_session where principal_name = ?",
                Long.class,
                account.getUsername());
    }

    private MockBrowser signedIn(UserAccount account) throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        assertThat(browser.signIn(account.getUsername(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        return browser;
    }

    private UserAccount account(Role role) {
        return users.create(new NewUser(unique("session"), "Sess " + role.label(), role, team.getId(), PASSWORD));
    }

    private Long area(String name) {
        return teams.findAreaByName(name).orElseThrow().getId();
    }

    private String lastSummary(UserAccount account) {
        return audit.search(new AuditQuery(null, "User", String.valueOf(account.getId()), null, null), 0, 1)
                .getContent()
                .get(0)
                .getSummary();
    }

    private static void assertSentToSignIn(MvcResult result) {
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).contains("/sign-in");
    }
}
