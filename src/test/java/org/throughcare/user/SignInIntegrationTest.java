package org.throughcare.user;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.throughcare.IntegrationTest;
import org.throughcare.MockBrowser;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditQuery;
import org.throughcare.audit.AuditService;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.throughcare.Fixtures.unique;
import static org.throughcare.TestPages.text;
import static org.throughcare.TestPages.title;

@IntegrationTest
class SignInIntegrationTest {

    static final String PASSWORD = "correct-horse-battery";
    static final String CREDENTIALS = "Enter a correct username and password";
    static final String THROTTLED = "There have been too many failed attempts to sign in from here. Wait 15 minutes, "
            + "then try again. If you still cannot sign in, ask an administrator";
    static final String DISABLED = "Your account has been disabled. Ask an administrator if you still need access";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdminService users;

    @Autowired
    TeamAdminService teams;

    @Autowired
    AuditService audit;

    @Autowired
    SecurityProperties securityProperties;

    @Autowired
    JdbcTemplate jdbc;

    UserAccount account;
    MockBrowser browser;

    @BeforeEach
    void createUser() {
        Team team = teams.create(new TeamDetails(
                unique("Sign-in team"),
                teams.findAreaByName("Leeds").orElseThrow().getId(),
                0));
        account = users.create(
                new NewUser(unique("signin"), "Sam Signin", Role.PROBATION_OFFICER, team.getId(), PASSWORD));
        browser = new MockBrowser(mvc);
    }

    @Test
    void theRightPasswordSignsInAndIsAudited() throws Exception {
        MvcResult signedIn = browser.signIn(account.getUsername(), PASSWORD);
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/probation");

        assertThat(actions()).contains(AuditAction.SIGN_IN).doesNotContain(AuditAction.SIGN_IN_FAILED);
        assertThat(users.get(account.getId()).getLastSignedInAt()).isNotNull();
    }

    @Test
    void theSessionTableKeepsTheSignedInUserWithoutTheirPasswordHash() throws Exception {
        browser.signIn(account.getUsername(), PASSWORD);

        List<byte[]> stored = jdbc.queryForList("""
                select a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id
                where s.principal_name = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'
                """, byte[].class, account.getUsername());
        assertThat(stored).hasSize(1);
        SecurityContext context = (SecurityContext) new DeserializingConverter().convert(stored.get(0));
        SignedInUser user = (SignedInUser) context.getAuthentication().getPrincipal();
        assertThat(user.username()).isEqualTo(account.getUsername());
        assertThat(user.role()).isEqualTo(Role.PROBATION_OFFICER);
        assertThat(user.passwordHash()).isNull();
        assertThat(context.getAuthentication().getCredentials()).isNull();
    }

    @Test
    void signInBookkeepingDoesNotMakeAnAdministratorsOpenEditStale() throws Exception {
        long versionBefore = users.get(account.getId()).getVersion();

        browser.signIn(account.getUsername(), "wrong-password");
        browser.signIn(account.getUsername(), PASSWORD);

        assertThat(users.get(account.getId()).getVersion()).isEqualTo(versionBefore);
        users.update(
                account.getId(),
                new UserChanges(
                        "Sam Renamed", Role.PROBATION_OFFICER, account.getTeam().getId(), versionBefore));
        assertThat(users.get(account.getId()).getDisplayName()).isEqualTo("Sam Renamed");
    }

    @Test
    void usernamesAreNotCaseSensitive() throws Exception {
        assertThat(browser.signIn(account.getUsername().toUpperCase(), PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
        assertThat(browser.perform(get("/probation")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordGoesBackToSignInWithAnError() throws Exception {
        MvcResult failed = browser.signIn(account.getUsername(), "not-the-password");
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/sign-in");

        String page = signInPage();
        assertThat(title(page)).isEqualTo("Error: Sign in – Throughcare");
        assertThat(page).contains("govuk-error-summary");
        assertThat(text(page)).contains(CREDENTIALS);
        assertThat(page).as("the username typed is kept").contains("value=\"" + account.getUsername() + "\"");
        assertThat(page).as("the password is never echoed").doesNotContain("not-the-password");
        assertThat(actions()).contains(AuditAction.SIGN_IN_FAILED).doesNotContain(AuditAction.SIGN_IN);
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() throws Exception {
        String nobody = unique("nobody");
        assertThat(browser.signIn(nobody, "whatever-it-is").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in");
        assertThat(text(signInPage())).contains(CREDENTIALS);
        List<AuditEvent> events = audit.search(new AuditQuery(nobody, null, null, null, null), 0, 10)
                .getContent();
        assertThat(events).extracting(AuditEvent::getAction).containsExactly(AuditAction.SIGN_IN_FAILED);
        assertThat(events.get(0).getRecordId()).isNull();
    }

    @Test
    void missingUsernameOrPasswordHaveTheirOwnMessages() throws Exception {
        browser.signIn("", "something");
        assertThat(text(signInPage())).contains("Enter your username");

        browser.signIn(account.getUsername(), "");
        assertThat(text(signInPage())).contains("Enter your password");
    }

    /**
     * Five wrong passwords from one place refuse that username there, whatever the password, until the lock
     * ends or an administrator unlocks it; the real user signing in from elsewhere is not affected.
     */
    @Test
    void tooManyWrongPasswordsRefuseTheUsernameOnlyWhereTheyCameFrom() throws Exception {
        int max = securityProperties.maxFailedSignIns();
        assertThat(max).isEqualTo(5);
        for (int attempt = 1; attempt <= max; attempt++) {
            browser.signIn(account.getUsername(), "wrong-" + attempt);
            assertThat(text(signInPage())).as("attempt %d", attempt).contains(CREDENTIALS);
            assertThat(users.lockedUntil(users.get(account.getId())).isPresent())
                    .as("after %d failures", attempt)
                    .isEqualTo(attempt == max);
        }
        assertThat(actions()).containsOnlyOnce(AuditAction.LOCKED);

        browser.signIn(account.getUsername(), PASSWORD);
        assertThat(text(signInPage())).contains(THROTTLED).doesNotContain(CREDENTIALS);
        assertThat(actions()).doesNotContain(AuditAction.SIGN_IN);

        MockBrowser elsewhere = new MockBrowser(mvc);
        assertThat(elsewhere
                        .signIn(account.getUsername(), PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
        assertThat(actions()).contains(AuditAction.SIGN_IN);

        users.unlock(account.getId());
        assertThat(browser.signIn(account.getUsername(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    /** Whether a username exists is not told by the answers, also once the attempts are throttled. */
    @Test
    void anUnknownUsernameGetsExactlyTheAnswersAKnownOneGets() throws Exception {
        MockBrowser other = new MockBrowser(mvc);
        String nobody = unique("nobody");
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int attempt = 1; attempt <= securityProperties.maxFailedSignIns() + 2; attempt++) {
            browser.signIn(account.getUsername(), "wrong-" + attempt);
            known.add(errorMessage(signInPage()));
            other.signIn(nobody, "wrong-" + attempt);
            unknown.add(errorMessage(pageIn(other)));
        }
        assertThat(unknown).isEqualTo(known);
        assertThat(known).contains(CREDENTIALS, THROTTLED);
        assertThat(known.get(known.size() - 1)).isEqualTo(THROTTLED);
    }

    @Test
    void tooManyFailuresFromOneAddressRefuseEveryUsernameThere() throws Exception {
        for (int attempt = 1; attempt <= securityProperties.maxFailedSignInsPerAddress(); attempt++) {
            new MockBrowser(mvc, browser.address()).signIn(unique("spray"), "password-" + attempt);
        }
        browser.signIn(account.getUsername(), PASSWORD);
        assertThat(text(signInPage())).contains(THROTTLED);

        assertThat(new MockBrowser(mvc)
                        .signIn(account.getUsername(), PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() throws Exception {
        int max = securityProperties.maxFailedSignIns();
        for (int attempt = 1; attempt < max; attempt++) {
            new MockBrowser(mvc, browser.address()).signIn(account.getUsername(), "wrong-" + attempt);
        }
        assertThat(browser.signIn(account.getUsername(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        browser.perform(post("/sign-out").with(csrf()));
        browser.signIn(account.getUsername(), "wrong-again");
        assertThat(users.lockedUntil(users.get(account.getId())))
                .as("not locked by the count before the success")
                .isEmpty();
        assertThat(browser.signIn(account.getUsername(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    /** Only the right password learns that the account is disabled: a wrong one gets the usual answer. */
    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        users.disable(account.getId());

        browser.signIn(account.getUsername(), "a-wrong-password");
        assertThat(text(signInPage())).contains(CREDENTIALS).doesNotContain(DISABLED);

        browser.signIn(account.getUsername(), PASSWORD);
        assertThat(text(signInPage())).contains(DISABLED);
        assertThat(actions()).contains(AuditAction.SIGN_IN_FAILED).doesNotContain(AuditAction.SIGN_IN);

        users.enable(account.getId());
        assertThat(browser.signIn(account.getUsername(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void aUserInADisabledTeamCannotSignIn() throws Exception {
        users.disable(account.getId());
        teams.disable(account.getTeam().getId());
        users.enable(account.getId());

        browser.signIn(account.getUsername(), PASSWORD);
        assertThat(text(signInPage())).contains(DISABLED);
    }

    /**
     * The password is checked before anything about the account is looked at, so a disabled account, an
     * unknown username and a wrong password take about the same time (a password hash each). Before, a
     * disabled or locked account answered at once, which told an attacker it existed.
     */
    @Test
    void unknownUsernamesWrongPasswordsAndDisabledAccountsTakeAboutTheSameTime() throws Exception {
        UserAccount disabled = users.create(new NewUser(
                unique("disabled"),
                "Dee Disabled",
                Role.PROBATION_OFFICER,
                account.getTeam().getId(),
                PASSWORD));
        users.disable(disabled.getId());
        long[] unknown = new long[7];
        long[] wrongPassword = new long[7];
        long[] disabledAccount = new long[7];
        for (int i = 0; i < unknown.length; i++) {
            unknown[i] = timed(new MockBrowser(mvc), unique("nobody"), "wrong-password");
            wrongPassword[i] = timed(new MockBrowser(mvc), account.getUsername(), "wrong-password");
            disabledAccount[i] = timed(new MockBrowser(mvc), disabled.getUsername(), "wrong-password");
        }
        double reference = median(unknown);
        assertThat(median(wrongPassword) / reference)
                .as("wrong password vs unknown username")
                .isBetween(0.5, 2.0);
        assertThat(median(disabledAccount) / reference)
                .as("disabled account vs unknown username")
                .isBetween(0.5, 2.0);
    }

    @Test
    void aSignedInUserIsSentToTheirHomePage() throws Exception {
        browser.signIn(account.getUsername(), PASSWORD);
        assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/probation");
        assertThat(browser.perform(get("/sign-in")).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(browser.perform(get("/probation")).getResponse().getStatus()).isEqualTo(200);
        assertThat(browser.perform(get("/admin")).getResponse().getStatus()).isEqualTo(403);
    }

    private static long timed(MockBrowser browser, String username, String password) throws Exception {
        long start = System.nanoTime();
        browser.signIn(username, password);
        return System.nanoTime() - start;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Follows the redirect to the sign-in page in the same session, as a browser would, and renders it. */
    private String signInPage() throws Exception {
        return pageIn(browser);
    }

    private static String pageIn(MockBrowser browser) throws Exception {
        MvcResult page = browser.perform(get("/sign-in"));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        return page.getResponse().getContentAsString();
    }

    private static String errorMessage(String page) {
        var summary = Jsoup.parse(page).selectFirst(".govuk-error-summary__list");
        return summary == null ? "" : summary.text();
    }

    private List<AuditAction> actions() {
        return audit.search(new AuditQuery(null, "User", String.valueOf(account.getId()), null, null), 0, 100).stream()
                .map(AuditEvent::getAction)
                .toList();
    }
}
