package org.throughcare.person;

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
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case page's two forms, transfer and close: success, error and role check. Same context as PersonControllerTest. */
@IntegrationTest
@Import(Fixtures.class)
class CaseControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonService people;

    Team team;
    SignedInUser worker;
    Person person;
    Long caseId;

    @BeforeEach
    void setUp() {
        team = data.team("West Yorkshire");
        worker = data.user(Role.CUSTODY_WORKER, team);
        person = people.create(
                Fixtures.person("Casey", Fixtures.uniqueLetters(), LocalDate.of(1988, 4, 9)), null, worker, false);
        caseId = jdbc.queryForObject(
                "select id from person_case where person_id = ? and team_id = ?",
                Long.class,
                person.getId(),
                team.getId());
    }

    @Test
    void transfersTheCaseToAWorkerInAnotherTeamAndKeepsTheHistory() throws Exception {
        Team other = data.team("West Yorkshire");
        SignedInUser colleague = data.user(Role.PROBATION_OFFICER, other);
        assertThat(page(get("/cases/" + caseId))
                        .select("select#destination option")
                        .eachAttr("value"))
                .contains(other.getId() + ":" + colleague.id());

        mvc.perform(post("/cases/" + caseId + "/transfer")
                        .param("destination", other.getId() + ":" + colleague.id())
                        .param("reason", "Moving to probation " + Fixtures.unique())
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + caseId))
                .andExpect(flash().attribute("successMessage", "Case transferred"));

        Map<String, Object> now = caseRow();
        assertThat(((Number) now.get("team_id")).longValue()).isEqualTo(other.getId());
        assertThat(((Number) now.get("owner_id")).longValue()).isEqualTo(colleague.id());
        Map<String, Object> transfer = jdbc.queryForMap("select * from case_transfer where case_id = ?", caseId);
        assertThat(((Number) transfer.get("from_team_id")).longValue()).isEqualTo(team.getId());
        assertThat(((Number) transfer.get("to_owner_id")).longValue()).isEqualTo(colleague.id());
        assertThat((String) transfer.get("reason")).startsWith("Moving to probation ");
    }

    @Test
    void aTransferWithNoDestinationOrToWhereTheCaseAlreadyIsIsShownOnTheFormAndSavesNothing() throws Exception {
        Document empty = page(
                post("/cases/" + caseId + "/transfer").param("destination", "").param("reason", "Why"));
        assertErrorPage(empty, "#destination", "Select who the case is going to");
        assertThat(empty.select("textarea#reason").text()).isEqualTo("Why");

        Document same =
                page(post("/cases/" + caseId + "/transfer").param("destination", team.getId() + ":" + worker.id()));
        assertErrorPage(same, "#destination", "The case is already with that team and worker");

        Team other = data.team("West Yorkshire");
        Document notInTeam =
                page(post("/cases/" + caseId + "/transfer").param("destination", other.getId() + ":" + worker.id()));
        assertErrorPage(notInTeam, "#destination", "Select who the case is going to from the list");

        assertUnchanged();
    }

    @Test
    void onlyWorkersMayTransferACase() throws Exception {
        Team other = data.team("West Yorkshire");
        for (Role role : new Role[] {Role.MANAGER, Role.ADMIN}) {
            SignedInUser notAllowed = data.user(role, team);
            mvc.perform(post("/cases/" + caseId + "/transfer")
                            .param("destination", String.valueOf(other.getId()))
                            .with(user(notAllowed))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertUnchanged();
    }

    @Test
    void closesTheCaseWithAReason() throws Exception {
        String reason = "Moved out of the area " + Fixtures.unique();
        mvc.perform(post("/cases/" + caseId + "/close")
                        .param("closeReason", "  " + reason + " ")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + person.getId()))
                .andExpect(flash().attribute("successMessage", "Case closed"));

        Map<String, Object> row = caseRow();
        assertThat(row.get("closed_at")).isNotNull();
        assertThat(row.get("close_reason")).isEqualTo(reason);
        assertThat(row.get("closed_by")).isEqualTo(worker.username());
    }

    @Test
    void aCloseWithoutAReasonOrWithTooLongAReasonIsShownOnTheFormAndSavesNothing() throws Exception {
        Document empty = page(post("/cases/" + caseId + "/close").param("closeReason", " "));
        assertErrorPage(empty, "#closeReason", "Enter why the case is being closed");

        Document tooLong = page(post("/cases/" + caseId + "/close").param("closeReason", "x".repeat(301)));
        assertErrorPage(tooLong, "#closeReason", "Reason must be 300 characters or fewer");
        assertThat(tooLong.select("textarea#closeReason").text()).hasSize(301);

        assertUnchanged();
    }

    @Test
    void onlyWorkersMayCloseACase() throws Exception {
        for (Role role : new Role[] {Role.MANAGER, Role.ADMIN}) {
            SignedInUser notAllowed = data.user(role, team);
            mvc.perform(post("/cases/" + caseId + "/close")
                            .param("closeReason", "No longer needed")
                            .with(user(notAllowed))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertUnchanged();
    }

    private void assertErrorPage(Document page, String href, String message) {
        assertThat(page.title()).isEqualTo("Error: Case for " + person.fullName() + " – Throughcare");
        assertThat(page.select(".govuk-error-summary")).hasSize(1);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly(href);
        assertThat(page.select(".govuk-error-summary__list a").text()).isEqualTo(message);
        assertThat(page.select(href)).hasSize(1);
        assertThat(page.select(href + "-error").text()).isEqualTo("Error: " + message);
    }

    /** Still open, with the team and worker that opened it, and never transferred. */
    private void assertUnchanged() {
        Map<String, Object> row = caseRow();
        assertThat(((Number) row.get("team_id")).longValue()).isEqualTo(team.getId());
        assertThat(((Number) row.get("owner_id")).longValue()).isEqualTo(worker.id());
        assertThat(row.get("closed_at")).isNull();
        assertThat(row.get("close_reason")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from case_transfer where case_id = ?", Integer.class, caseId))
                .isZero();
    }

    private Map<String, Object> caseRow() {
        return jdbc.queryForMap("select * from person_case where id = ?", caseId);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(worker)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
