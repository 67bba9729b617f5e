package org.throughcare.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditQuery;
import org.throughcare.audit.AuditService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.throughcare.TestPages.text;
import static org.throughcare.TestPages.title;
import static org.throughcare.TestPages.unique;

@SpringBootTest
@AutoConfigureMockMvc
class SignInIntegrationTest {

    static final String PASSWORD = "correct-horse-battery";
    static final String CREDENTIALS = "Enter a correct username and password";
    static final String LOCKED = "Your account is locked after too many failed sign-in attempts. "
            + "Try again later or ask an administrator to unlock it";
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

    UserAccount account;

    @BeforeEach
    void createUser() {
        Team team = teams.create(new TeamDetails(unique("Sign-in team"),
                teams.findAreaByName("Leeds").orElseThrow().getId(), 0));
        account = users.create(new NewUser(unique("signin"), "Sam Signin", Role.PROBATION_OFFICER, team.getId(),
                PASSWORD));
    }

    @Test
    void theRightPasswordSignsInAndIsAudited() throws Exception {
        mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(account.getUsername()).withRoles("PROBATION_OFFICER"));

        assertThat(actions()).contains(AuditAction.SIGN_IN).doesNotContain(AuditAction.SIGN_IN_FAILED);
        assertThat(users.get(account.getId()).getLastSignedInAt()).isNotNull();
    }

    @Test
    void signInBookkeepingDoesNotMakeAnAdministratorsOpenEditStale() throws Exception {
        long versionBefore = users.get(account.getId()).getVersion();

        mvc.perform(formLogin("/sign-in").user(account.getUsername()).password("wrong-password"));
        mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(PASSWORD));

        assertThat(users.get(account.getId()).getVersion()).isEqualTo(versionBefore);
        users.update(account.getId(), new UserChanges("Sam Renamed", Role.PROBATION_OFFICER,
                account.getTeam().getId(), versionBefore));
        assertThat(users.get(account.getId()).getDisplayName()).isEqualTo("Sam Renamed");
    }

    @Test
    void usernamesAreNotCaseSensitive() throws Exception {
        mvc.perform(formLogin("/sign-in").user(account.getUsername().toUpperCase()).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(account.getUsername()));
    }

    @Test
    void aWrongPasswordGoesBackToSignInWithAnError() throws Exception {
        MvcResult failed = mvc.perform(formLogin("/sign-in").user(account.getUsername()).password("not-the-password"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in"))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(savedFlashAttribute(failed, "signInError")).isEqualTo(SecurityConfiguration.SignInError.CREDENTIALS);
        assertThat(savedFlashAttribute(failed, "username")).isEqualTo(account.getUsername());

        String page = followToSignInPage(failed);
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
        MvcResult failed = mvc.perform(formLogin("/sign-in").user(nobody).password("whatever-it-is"))
                .andExpect(redirectedUrl("/sign-in"))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(text(followToSignInPage(failed))).contains(CREDENTIALS);
        List<AuditEvent> events = audit.search(new AuditQuery(nobody, null, null, null, null), 0, 10).getContent();
        assertThat(events).extracting(AuditEvent::getAction).containsExactly(AuditAction.SIGN_IN_FAILED);
        assertThat(events.get(0).getRecordId()).isNull();
    }

    @Test
    void missingUsernameOrPasswordHaveTheirOwnMessages() throws Exception {
        MvcResult noUsername = mvc.perform(formLogin("/sign-in").user("").password("something"))
                .andExpect(redirectedUrl("/sign-in")).andReturn();
        assertThat(text(followToSignInPage(noUsername))).contains("Enter your username");

        MvcResult noPassword = mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(""))
                .andExpect(redirectedUrl("/sign-in")).andReturn();
        assertThat(text(followToSignInPage(noPassword))).contains("Enter your password");
    }

    @Test
    void tooManyWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        int max = securityProperties.maxFailedSignIns();
        assertThat(max).isEqualTo(5);
        for (int attempt = 1; attempt <= max; attempt++) {
            mvc.perform(formLogin("/sign-in").user(account.getUsername()).password("wrong-" + attempt))
                    .andExpect(redirectedUrl("/sign-in"))
                    .andExpect(unauthenticated());
            if (attempt < max) {
                assertThat(users.get(account.getId()).getLockedUntil()).as("after %d failures", attempt).isNull();
            }
        }
        assertThat(users.get(account.getId()).getLockedUntil()).isNotNull();
        assertThat(actions()).containsOnlyOnce(AuditAction.LOCKED);

        MvcResult refused = mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(PASSWORD))
                .andExpect(redirectedUrl("/sign-in"))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(text(followToSignInPage(refused))).contains(LOCKED).doesNotContain(CREDENTIALS);
        assertThat(actions()).doesNotContain(AuditAction.SIGN_IN);

        users.unlock(account.getId());

        mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(account.getUsername()));
        assertThat(actions()).contains(AuditAction.SIGN_IN);
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() throws Exception {
        int max = securityProperties.maxFailedSignIns();
        for (int attempt = 1; attempt < max; attempt++) {
            mvc.perform(formLogin("/sign-in").user(account.getUsername()).password("wrong-" + attempt))
                    .andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin("/sign-in").user(account.getUsername()).password("wrong-again"))
                .andExpect(unauthenticated());
        assertThat(users.get(account.getId()).getLockedUntil()).as("not locked by the count before the success").isNull();
        mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        users.disable(account.getId());

        MvcResult refused = mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(PASSWORD))
                .andExpect(redirectedUrl("/sign-in"))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(text(followToSignInPage(refused))).contains(DISABLED);
        assertThat(actions()).contains(AuditAction.SIGN_IN_FAILED).doesNotContain(AuditAction.SIGN_IN);

        users.enable(account.getId());
        mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated());
    }

    @Test
    void aUserInADisabledTeamCannotSignIn() throws Exception {
        users.disable(account.getId());
        teams.disable(account.getTeam().getId());
        users.enable(account.getId());

        MvcResult refused = mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(PASSWORD))
                .andExpect(redirectedUrl("/sign-in"))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(text(followToSignInPage(refused))).contains(DISABLED);
    }

    @Test
    void aSignedInUserIsSentToTheirHomePage() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/sign-in").user(account.getUsername()).password(PASSWORD))
                .andExpect(authenticated()).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(session).isNotNull();
        mvc.perform(get("/").session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/probation"));
        mvc.perform(get("/sign-in").session(session))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/probation").session(session)).andExpect(status().isOk());
        mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden());
    }

    /** Follows the redirect to the sign-in page in the same session, as a browser would, and renders it. */
    private String followToSignInPage(MvcResult failed) throws Exception {
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession(false);
        assertThat(session).as("the failure is carried to the next page in the session").isNotNull();
        return mvc.perform(get("/sign-in").session(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /**
     * The failure handler runs in the security filter, before Spring MVC, so it saves its flash map straight into
     * the session; MockMvc's {@code flash()} only sees flash attributes added by a controller.
     */
    @SuppressWarnings("unchecked")
    private static Object savedFlashAttribute(MvcResult result, String name) {
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        List<FlashMap> flashMaps = (List<FlashMap>) session.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        assertThat(flashMaps).as("flash maps saved in the session").isNotNull().hasSize(1);
        return flashMaps.get(0).get(name);
    }

    private List<AuditAction> actions() {
        return audit.search(new AuditQuery(null, "User", String.valueOf(account.getId()), null, null), 0, 100)
                .stream().map(AuditEvent::getAction).toList();
    }
}
