package org.throughcare.person;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Who may read a person's record is explicit: opening a case says why, and handing a case on keeps what was yours. */
@IntegrationTest
@Import(Fixtures.class)
class CaseAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    PersonService people;

    @Autowired
    CaseService cases;

    @Autowired
    PersonAccess access;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser custody;
    Person person;
    Long caseId;

    @BeforeEach
    void setUp() {
        custody = data.user(Role.CUSTODY_WORKER, "West Yorkshire");
        person = people.create(
                Fixtures.person("Robin", Fixtures.uniqueLetters(), LocalDate.of(1980, 1, 1)), null, custody, false);
        caseId = jdbc.queryForObject("select id from person_case where person_id = ?", Long.class, person.getId());
    }

    /** As README says: a team that handed a case on keeps reading the record, as a team whose case closed does. */
    @Test
    void aTeamThatTransferredTheCaseKeepsReadingTheRecord() throws Exception {
        SignedInUser probation = data.user(Role.PROBATION_OFFICER, "Leeds");
        SignedInUser colleague = data.user(Role.CUSTODY_WORKER, data.team("West Yorkshire"));

        cases.transfer(caseId, new CaseDestination(probation.teamId(), probation.id()), "Sentenced", custody);

        assertThat(access.canView(custody, person.getId())).isTrue();
        assertThat(mvc.perform(get("/people/" + person.getId()).with(user(custody)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Robin")
                .doesNotContain("Your team has no case with this person");
        assertThat(access.canView(probation, person.getId())).isTrue();
        assertThat(access.canView(colleague, person.getId()))
                .as("a team that never had the case")
                .isFalse();
        assertThat(people.search(person.getFamilyName(), null, custody, 0, 10).getContent())
                .singleElement()
                .extracting(PersonSummary::inScope)
                .isEqualTo(true);
    }

    @Test
    void managersSeeWhichCasesTeamsInTheirAreaOpenedToGainAccessAndWhy() throws Exception {
        SignedInUser probation = data.user(Role.PROBATION_OFFICER, "Leeds");
        SignedInUser kent = data.user(Role.PROBATION_OFFICER, "Kent");
        SignedInUser leedsManager = data.user(Role.MANAGER, "Leeds");
        mvc.perform(post("/people/" + person.getId() + "/cases")
                .param("reason", "OTHER")
                .param("detail", "Pre-sentence report requested")
                .with(user(probation))
                .with(csrf()));
        mvc.perform(post("/people/" + person.getId() + "/cases")
                .param("reason", "TRANSFER_IN")
                .with(user(kent))
                .with(csrf()));

        Document page = Jsoup.parse(mvc.perform(get("/case-openings").with(user(leedsManager)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("table tbody tr"))
                .anySatisfy(row -> assertThat(row.text())
                        .contains(
                                probation.teamName(),
                                probation.username(),
                                "Robin",
                                "Other: Pre-sentence report requested"));
        assertThat(page.text()).doesNotContain(kent.teamName());
        assertThat(mvc.perform(get("/case-openings").with(user(probation)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select access_reason from person_case where person_id = ? and team_id = ?",
                        String.class,
                        person.getId(),
                        probation.teamId()))
                .isEqualTo("OTHER");
    }

    /** Administration and management teams hold no cases, so a case cannot be sent there, even by id. */
    @Test
    void aCaseGoesOnlyToATeamThatHoldsCases() throws Exception {
        Team administration = data.team("Leeds");
        SignedInUser admin = data.user(Role.ADMIN, administration);
        Team management = data.team("Leeds");
        SignedInUser manager = data.user(Role.MANAGER, management);

        Document casePage = Jsoup.parse(mvc.perform(get("/cases/" + caseId).with(user(custody)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(casePage.select("select#destination option").eachAttr("value"))
                .doesNotContain(
                        administration.getId().toString(),
                        administration.getId() + ":" + admin.id(),
                        management.getId().toString(),
                        management.getId() + ":" + manager.id())
                .contains(custody.teamId().toString());

        for (String destination :
                new String[] {administration.getId().toString(), management.getId() + ":" + manager.id()}) {
            Document refused = Jsoup.parse(mvc.perform(post("/cases/" + caseId + "/transfer")
                            .param("destination", destination)
                            .with(user(custody))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(refused.select("#destination-error").text())
                    .contains("Select who the case is going to from the list");
        }
        assertThat(jdbc.queryForObject("select team_id from person_case where id = ?", Long.class, caseId))
                .isEqualTo(custody.teamId());
    }
}
