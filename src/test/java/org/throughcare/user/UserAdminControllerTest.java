package org.throughcare.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditQuery;
import org.throughcare.audit.AuditService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.throughcare.Fixtures.signedIn;
import static org.throughcare.Fixtures.unique;
import static org.throughcare.TestPages.flash;
import static org.throughcare.TestPages.text;
import static org.throughcare.TestPages.title;

@IntegrationTest
class UserAdminControllerTest {

    static final String PASSWORD = "a-long-enough-pass";

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

    SignedInUser admin;
    Team team;

    @BeforeEach
    void setUp() {
        admin = signedIn(Role.ADMIN);
        team = teams.create(new TeamDetails(
                unique("Controller team"),
                teams.findAreaByName("Leeds").orElseThrow().getId(),
                0));
    }

    @Test
    void listsAndSearchesUsers() throws Exception {
        UserAccount account = existingUser();
        String page = mvc.perform(get("/admin/users")
                        .param("q", account.getUsername().toUpperCase())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("user/users"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(title(page)).isEqualTo("Users – Throughcare");
        assertThat(page).contains(account.getUsername()).contains("href=\"/admin/users/" + account.getId() + "\"");
        assertThat(text(page)).contains("Showing 1 to 1 of 1 result");

        String none = mvc.perform(
                        get("/admin/users").param("q", unique("nobody")).with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(none).contains("No users match");
    }

    @Test
    void createsAUser() throws Exception {
        String username = unique("new-user");
        MvcResult result = mvc.perform(post("/admin/users/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("displayName", "Nia New")
                        .param("username", username)
                        .param("role", "TREATMENT_WORKER")
                        .param("teamId", String.valueOf(team.getId()))
                        .param("password", PASSWORD))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("successMessage", "User " + username + " created"))
                .andReturn();

        assertThat(users.exists(username)).isTrue();
        UserAccount saved = users.search(username, 0, 1).getContent().get(0);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + saved.getId());
        assertThat(saved.getDisplayName()).isEqualTo("Nia New");
        assertThat(saved.getRole()).isEqualTo(Role.TREATMENT_WORKER);
        assertThat(saved.getCreatedBy()).isEqualTo(admin.getUsername());
        assertThat(audit.search(
                        new AuditQuery(admin.getUsername(), "User", String.valueOf(saved.getId()), null, null), 0, 10))
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.CREATE);

        String shown = mvc.perform(get("/admin/users/" + saved.getId())
                        .with(user(admin))
                        .with(flash("successMessage", "User " + username + " created")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown).contains("govuk-notification-banner--success").contains("User " + username + " created");
    }

    @Test
    void showsEveryMissingAnswerOnTheNewUserForm() throws Exception {
        String username = unique("not-created");
        String page = mvc.perform(post("/admin/users/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("displayName", "")
                        .param("username", username)
                        .param("password", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(view().name("user/user-new"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(title(page)).isEqualTo("Error: Create a user – Throughcare");
        assertThat(page).contains("class=\"govuk-error-summary\"");
        assertThat(text(page)).contains("Enter the user's full name", "Select a role", "Select a team");
        assertThat(page).contains("href=\"#displayName\"").contains("id=\"displayName-error\"");
        assertThat(page).as("typed answers are kept").contains("value=\"" + username + "\"");
        assertThat(page).as("the password is not echoed").doesNotContain(PASSWORD);
        assertThat(users.exists(username)).isFalse();
    }

    @Test
    void showsARuleViolationAgainstItsField() throws Exception {
        String username = unique("short-pass");
        String page = mvc.perform(post("/admin/users/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("displayName", "Sam Short")
                        .param("username", username)
                        .param("role", "MANAGER")
                        .param("teamId", String.valueOf(team.getId()))
                        .param("password", "too-short"))
                .andExpect(status().isOk())
                .andExpect(view().name("user/user-new"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(title(page)).startsWith("Error: ");
        assertThat(page).contains("govuk-error-summary").contains("id=\"password-error\"");
        assertThat(text(page)).contains("Password must be 12 characters or more");
        assertThat(users.exists(username)).isFalse();

        UserAccount existing = existingUser();
        String duplicate = mvc.perform(post("/admin/users/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("displayName", "Dupe")
                        .param("username", existing.getUsername().toUpperCase())
                        .param("role", "MANAGER")
                        .param("teamId", String.valueOf(team.getId()))
                        .param("password", PASSWORD))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(duplicate).contains("id=\"username-error\"");
        assertThat(text(duplicate)).contains("A user with username " + existing.getUsername() + " already exists");
    }

    @Test
    void changesAUser() throws Exception {
        UserAccount account = existingUser();
        mvc.perform(post("/admin/users/" + account.getId() + "/edit")
                        .with(user(admin))
                        .with(csrf())
                        .param("displayName", "Renamed Person")
                        .param("role", "MANAGER")
                        .param("teamId", String.valueOf(team.getId()))
                        .param("version", String.valueOf(account.getVersion())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/users/" + account.getId()))
                .andExpect(flash().attribute("successMessage", "Changes to " + account.getUsername() + " saved"));

        UserAccount saved = users.get(account.getId());
        assertThat(saved.getDisplayName()).isEqualTo("Renamed Person");
        assertThat(saved.getRole()).isEqualTo(Role.MANAGER);
        assertThat(saved.getUpdatedBy()).isEqualTo(admin.getUsername());
    }

    @Test
    void theEditFormShowsErrorsAndSavesNothing() throws Exception {
        UserAccount account = existingUser();
        String page = mvc.perform(post("/admin/users/" + account.getId() + "/edit")
                        .with(user(admin))
                        .with(csrf())
                        .param("displayName", "  ")
                        .param("role", "MANAGER")
                        .param("teamId", String.valueOf(team.getId()))
                        .param("version", String.valueOf(account.getVersion())))
                .andExpect(status().isOk())
                .andExpect(view().name("user/user-edit"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(title(page)).isEqualTo("Error: Change user details – Throughcare");
        assertThat(page).contains("govuk-error-summary").contains("id=\"displayName-error\"");
        assertThat(text(page)).contains("Enter the user's full name");
        UserAccount saved = users.get(account.getId());
        assertThat(saved.getDisplayName()).isEqualTo(account.getDisplayName());
        assertThat(saved.getRole()).isEqualTo(account.getRole());
        assertThat(saved.getVersion()).isEqualTo(account.getVersion());
    }

    @Test
    void aStaleEditIsShownAsAProblemWithTheWholeForm() throws Exception {
        UserAccount account = existingUser();
        users.update(
                account.getId(),
                new UserChanges("Changed Meanwhile", Role.TREATMENT_WORKER, team.getId(), account.getVersion()));

        String page = mvc.perform(post("/admin/users/" + account.getId() + "/edit")
                        .with(user(admin))
                        .with(csrf())
                        .param("displayName", "My Change")
                        .param("role", "TREATMENT_WORKER")
                        .param("teamId", String.valueOf(team.getId()))
                        .param("version", String.valueOf(account.getVersion())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(title(page)).startsWith("Error: ");
        assertThat(text(page)).contains("Someone else changed this user while you were editing");
        assertThat(users.get(account.getId()).getDisplayName()).isEqualTo("Changed Meanwhile");
    }

    @Test
    void resetsAPassword() throws Exception {
        UserAccount account = existingUser();
        mvc.perform(post("/admin/users/" + account.getId() + "/password")
                        .with(user(admin))
                        .with(csrf())
                        .param("password", "a-new-long-password"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/users/" + account.getId()))
                .andExpect(flash().attributeExists("successMessage"));
        assertThat(audit.search(
                        new AuditQuery(admin.getUsername(), "User", String.valueOf(account.getId()), null, null),
                        0,
                        10))
                .extracting(AuditEvent::getSummary)
                .containsExactly("Password reset for " + account.getUsername());

        String page = mvc.perform(post("/admin/users/" + account.getId() + "/password")
                        .with(user(admin))
                        .with(csrf())
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(view().name("user/user-password"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(title(page)).isEqualTo("Error: Reset password – Throughcare");
        assertThat(page).contains("govuk-error-summary").contains("id=\"password-error\"");
        assertThat(text(page)).contains("Password must be 12 characters or more");

        String blank = mvc.perform(post("/admin/users/" + account.getId() + "/password")
                        .with(user(admin))
                        .with(csrf())
                        .param("password", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(blank)).contains("Enter a new password");
    }

    @Test
    void disablesEnablesAndUnlocks() throws Exception {
        UserAccount account = existingUser();
        String base = "/admin/users/" + account.getId();

        mvc.perform(post(base + "/disable").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("successMessage", "User disabled. They can no longer sign in."));
        assertThat(users.get(account.getId()).isActive()).isFalse();
        assertThat(page(get(base))).contains("Disabled").contains("Enable user");

        mvc.perform(post(base + "/enable").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("successMessage", "User enabled. They can sign in again."));
        assertThat(users.get(account.getId()).isActive()).isTrue();

        jdbc.update(
                "insert into sign_in_throttle (client_address, username, failures, counting_since, locked_until) "
                        + "values ('10.9.8.7', ?, 0, now(), now() + interval '1 hour')",
                account.getUsername());
        assertThat(page(get(base))).contains("Sign-in refused until").contains(base + "/unlock");
        mvc.perform(post(base + "/unlock").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("successMessage", "User unlocked. They can sign in again."));
        assertThat(users.lockedUntil(users.get(account.getId()))).isEmpty();
    }

    @Test
    void aRefusedActionComesBackAsAnErrorMessage() throws Exception {
        UserAccount me =
                users.create(new NewUser(admin.getUsername(), "Me Myself", Role.ADMIN, team.getId(), PASSWORD));
        mvc.perform(post("/admin/users/" + me.getId() + "/disable")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + me.getId()))
                .andExpect(flash().attribute("errorMessage", "You cannot disable your own account"));
        assertThat(users.get(me.getId()).isActive()).isTrue();

        String page = mvc.perform(get("/admin/users/" + me.getId())
                        .with(user(admin))
                        .with(flash("errorMessage", "You cannot disable your own account")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(title(page)).isEqualTo("Error: Me Myself – Throughcare");
        assertThat(page).contains("govuk-error-summary").contains("You cannot disable your own account");
    }

    @Test
    void anUnknownUserIsPageNotFound() throws Exception {
        for (String path : new String[] {
            "/admin/users/999999999",
            "/admin/users/999999999/edit",
            "/admin/users/999999999/password",
            "/admin/users/not-a-number"
        }) {
            String page = mvc.perform(get(path).with(user(admin)))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("error/404"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(title(page)).as(path).isEqualTo("Page not found – Throughcare");
        }
        mvc.perform(post("/admin/users/999999999/disable").with(user(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdministratorsMayManageUsers(Role role) throws Exception {
        UserAccount account = existingUser();
        SignedInUser worker = signedIn(role);
        mvc.perform(get("/admin").with(user(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(user(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/" + account.getId()).with(user(worker))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + account.getId() + "/disable")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        String username = unique("by-" + role.name().toLowerCase().replace('_', '-'));
        mvc.perform(post("/admin/users/new")
                        .with(user(worker))
                        .with(csrf())
                        .param("displayName", "Sneaky")
                        .param("username", username)
                        .param("role", "ADMIN")
                        .param("teamId", String.valueOf(team.getId()))
                        .param("password", PASSWORD))
                .andExpect(status().isForbidden());

        assertThat(users.get(account.getId()).isActive()).isTrue();
        assertThat(users.exists(username)).isFalse();
    }

    @Test
    void theFormsRender() throws Exception {
        UserAccount account = existingUser();
        assertThat(title(page(get("/admin/users/new")))).isEqualTo("Create a user – Throughcare");
        String edit = page(get("/admin/users/" + account.getId() + "/edit"));
        assertThat(title(edit)).isEqualTo("Change user details – Throughcare");
        assertThat(edit)
                .as("fields keep their own ids on a page whose URL has an {id}")
                .contains("id=\"displayName\"", "for=\"displayName\"", "id=\"role\"", "id=\"teamId\"")
                .doesNotContain("id=\"" + account.getId() + "\"");
        assertThat(edit)
                .contains("name=\"version\" value=\"" + account.getVersion() + "\"")
                .contains("value=\"" + account.getDisplayName() + "\"")
                .doesNotContain("govuk-error-summary");
        String password = page(get("/admin/users/" + account.getId() + "/password"));
        assertThat(title(password)).isEqualTo("Reset password – Throughcare");
        assertThat(password).contains("id=\"password\"", "for=\"password\"", "id=\"password-hint\"");
        assertThat(page(get("/admin"))).contains("href=\"/admin/users\"");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private UserAccount existingUser() {
        return users.create(
                new NewUser(unique("existing"), "Eve Existing", Role.TREATMENT_WORKER, team.getId(), PASSWORD));
    }
}
