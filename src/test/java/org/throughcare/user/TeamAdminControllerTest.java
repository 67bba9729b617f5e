package org.throughcare.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
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
class TeamAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamAdminService teams;

    @Autowired
    UserAdminService users;

    @Autowired
    AuditService audit;

    SignedInUser admin;
    Long leeds;
    Long kirklees;

    @BeforeEach
    void setUp() {
        admin = signedIn(Role.ADMIN);
        leeds = teams.findAreaByName("Leeds").orElseThrow().getId();
        kirklees = teams.findAreaByName("Kirklees").orElseThrow().getId();
    }

    @Test
    void createsATeam() throws Exception {
        String name = unique("Created team");
        mvc.perform(post("/admin/teams/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", name)
                        .param("areaId", String.valueOf(leeds)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/teams"))
                .andExpect(flash().attribute("successMessage", "Team " + name + " created"));

        Team saved = teams.findByName(name).orElseThrow();
        assertThat(saved.getArea().getId()).isEqualTo(leeds);
        assertThat(saved.getCreatedBy()).isEqualTo(admin.getUsername());
        assertThat(audit.search(
                        new AuditQuery(admin.getUsername(), "Team", String.valueOf(saved.getId()), null, null), 0, 10))
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.CREATE);
    }

    @Test
    void theNewTeamFormShowsMissingAnswers() throws Exception {
        String page = mvc.perform(post("/admin/teams/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "")
                        .param("areaId", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("user/team-form"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(title(page)).isEqualTo("Error: Create a team – Throughcare");
        assertThat(page)
                .contains("class=\"govuk-error-summary\"")
                .contains("id=\"name-error\"")
                .contains("id=\"areaId-error\"")
                .contains("href=\"#name\"")
                .contains("href=\"#areaId\"");
        assertThat(text(page)).contains("Enter a team name", "Select an area");
        assertThat(text(page).indexOf("Enter a team name"))
                .as("the summary lists the errors in page order")
                .isLessThan(text(page).indexOf("Select an area"));
    }

    @Test
    void aDuplicateNameIsShownAgainstTheNameField() throws Exception {
        String name = unique("Duplicate team");
        teams.create(new TeamDetails(name, leeds, 0));

        String page = mvc.perform(post("/admin/teams/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", name.toUpperCase())
                        .param("areaId", String.valueOf(kirklees)))
                .andExpect(status().isOk())
                .andExpect(view().name("user/team-form"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(title(page)).startsWith("Error: ");
        assertThat(page).contains("govuk-error-summary").contains("id=\"name-error\"");
        assertThat(text(page)).contains("A team called " + name.toUpperCase() + " already exists");
        assertThat(teams.findByName(name).orElseThrow().getArea().getId()).isEqualTo(leeds);
    }

    @Test
    void changesATeam() throws Exception {
        Team team = teams.create(new TeamDetails(unique("Team to change"), leeds, 0));
        String newName = unique("Changed team");

        String form = mvc.perform(get("/admin/teams/" + team.getId() + "/edit").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(title(form)).isEqualTo("Change team – Throughcare");
        assertThat(form).contains("value=\"" + team.getName() + "\"");
        assertThat(form)
                .as("fields keep their own ids on a page whose URL has an {id}")
                .contains("id=\"name\"", "for=\"name\"", "id=\"areaId\"", "id=\"areaId-hint\"")
                .doesNotContain("id=\"" + team.getId() + "\"");

        mvc.perform(post("/admin/teams/" + team.getId() + "/edit")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", newName)
                        .param("areaId", String.valueOf(kirklees))
                        .param("version", String.valueOf(team.getVersion())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/teams"))
                .andExpect(flash().attribute("successMessage", "Changes to " + newName + " saved"));

        Team saved = teams.get(team.getId());
        assertThat(saved.getName()).isEqualTo(newName);
        assertThat(saved.getArea().getId()).isEqualTo(kirklees);
    }

    @Test
    void theEditFormShowsErrorsAndSavesNothing() throws Exception {
        Team team = teams.create(new TeamDetails(unique("Team kept"), leeds, 0));

        String page = mvc.perform(post("/admin/teams/" + team.getId() + "/edit")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "")
                        .param("areaId", String.valueOf(kirklees))
                        .param("version", String.valueOf(team.getVersion())))
                .andExpect(status().isOk())
                .andExpect(view().name("user/team-form"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(title(page)).isEqualTo("Error: Change team – Throughcare");
        assertThat(page).contains("govuk-error-summary").contains("id=\"name-error\"");
        assertThat(text(page)).contains("Enter a team name");
        Team saved = teams.get(team.getId());
        assertThat(saved.getName()).isEqualTo(team.getName());
        assertThat(saved.getArea().getId()).isEqualTo(leeds);
        assertThat(saved.getVersion()).isEqualTo(team.getVersion());
    }

    @Test
    void aTeamWithActiveUsersIsNotDisabled() throws Exception {
        Team team = teams.create(new TeamDetails(unique("Team with users"), leeds, 0));
        UserAccount member = users.create(
                new NewUser(unique("member"), "Mo Member", Role.MANAGER, team.getId(), "a-long-enough-pass"));
        String edit = "/admin/teams/" + team.getId() + "/edit";

        mvc.perform(post("/admin/teams/" + team.getId() + "/disable")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl(edit))
                .andExpect(flash().attribute(
                                "errorMessage", "Move or disable the 1 active user in " + team.getName() + " first"));
        assertThat(teams.get(team.getId()).isActive()).isTrue();

        String page = mvc.perform(get(edit)
                        .with(user(admin))
                        .with(flash(
                                "errorMessage", "Move or disable the 1 active user in " + team.getName() + " first")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(title(page)).isEqualTo("Error: Change team – Throughcare");
        assertThat(page).contains("govuk-error-summary");

        users.disable(member.getId());
        mvc.perform(post("/admin/teams/" + team.getId() + "/disable")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl(edit))
                .andExpect(flash().attribute("successMessage", "Team disabled"));
        assertThat(teams.get(team.getId()).isActive()).isFalse();
        assertThat(teams.get(team.getId()).getDisabledBy()).isEqualTo(admin.getUsername());

        mvc.perform(post("/admin/teams/" + team.getId() + "/enable")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl(edit))
                .andExpect(flash().attribute("successMessage", "Team enabled"));
        assertThat(teams.get(team.getId()).isActive()).isTrue();
    }

    @Test
    void listsTeams() throws Exception {
        Team team = teams.create(new TeamDetails(unique("Listed team"), leeds, 0));
        String page = mvc.perform(get("/admin/teams").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("user/teams"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(title(page)).isEqualTo("Teams – Throughcare");
        assertThat(text(page)).containsPattern("Showing 1 to \\d+ of \\d+ results?");
        // The list is paged by name, so the new team may be on a later page; its edit page must exist either way.
        mvc.perform(get("/admin/teams/" + team.getId() + "/edit").with(user(admin)))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownTeamIsPageNotFound() throws Exception {
        String page = mvc.perform(get("/admin/teams/999999999/edit").with(user(admin)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(title(page)).isEqualTo("Page not found – Throughcare");
        mvc.perform(get("/admin/teams/abc/edit").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/teams/999999999/edit")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", unique("Ghost"))
                        .param("areaId", String.valueOf(leeds))
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/teams/999999999/disable").with(user(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdministratorsMayManageTeams(Role role) throws Exception {
        SignedInUser worker = signedIn(role);
        Team team = teams.create(new TeamDetails(unique("Protected team"), leeds, 0));
        String name = unique("Sneaky team");

        mvc.perform(get("/admin/teams").with(user(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/teams/new").with(user(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/teams/" + team.getId() + "/edit").with(user(worker)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/teams/new")
                        .with(user(worker))
                        .with(csrf())
                        .param("name", name)
                        .param("areaId", String.valueOf(leeds)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/teams/" + team.getId() + "/disable")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(teams.findByName(name)).isEmpty();
        assertThat(teams.get(team.getId()).isActive()).isTrue();
    }
}
