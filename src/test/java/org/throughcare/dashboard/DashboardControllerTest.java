package org.throughcare.dashboard;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard pages, lists and CSV files through MockMvc: who may see what, the filter's errors, the CSV content. */
@IntegrationTest
class DashboardControllerTest {

    static final String PERIOD = "from.day=1&from.month=6&from.year=2026&to.day=17&to.month=6&to.year=2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DashboardSummaries summaries;

    Team team;
    SignedInUser manager;
    Person person;

    @BeforeEach
    void setUp() {
        team = data.team("Durham");
        SignedInUser custodyWorker = data.user(Role.CUSTODY_WORKER, team);
        manager = data.user(Role.MANAGER, team);
        person = data.person(custodyWorker, Fixtures.details().named("Ann", "O'Hara-" + Fixtures.uniqueLetters()));
        jdbc.update(
                """
                insert into custody_event (person_id, suite_id, arrested_at, test_stage, outcome, refusal_warning_given,
                    created_at, created_by, updated_at, updated_by)
                values (?, (select min(id) from custody_suite), ?, 'ON_ARREST', 'REFUSED', true, now(), ?, now(), ?)""",
                person.getId(),
                Timestamp.from(Instant.parse("2026-06-10T09:00:00Z")),
                custodyWorker.username(),
                custodyWorker.username());
        summaries.refresh();
    }

    @Test
    void aManagerSeesTheFiguresWithLinksToTheCasesBehindThem() throws Exception {
        Document page = page(mvc.perform(get("/dashboard/custody?team=" + team.getId() + "&" + PERIOD)
                        .with(user(manager)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).startsWith("Custody dashboard");
        assertThat(page.select("h2.govuk-heading-m").first().text()).isEqualTo("1 June 2026 to 17 June 2026");
        // June: one test, refused; its count links to the list of that one test.
        String refused = page.select("table.govuk-table tbody tr")
                .first()
                .select("td")
                .get(6)
                .select("a")
                .attr("href");
        assertThat(refused)
                .startsWith("/dashboard/cases?figure=custody-tests&detail=REFUSED&")
                .contains("&team=" + team.getId() + "&");

        Document list = page(mvc.perform(get(refused).with(user(manager)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(list.select("table.govuk-table tbody tr")).hasSize(1);
        assertThat(list.select("table.govuk-table tbody td").first().text()).isEqualTo(person.fullName());
        assertThat(list.select("a:contains(Download the whole list as CSV)")).hasSize(1);
    }

    @Test
    void theCsvListIsRfc4180AndAudited() throws Exception {
        MvcResult csv = mvc.perform(get("/dashboard/cases.csv?figure=custody-tests&team=" + team.getId() + "&" + PERIOD)
                        .with(user(manager)))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"cases-custody-tests-2026-06-01-to-2026-06-17.csv\"");
        assertThat(csv.getResponse().getContentAsString())
                .isEqualTo("Person,Date,Team,Detail\r\n" + person.fullName() + ",2026-06-10," + team.getName()
                        + ",Refused\r\n");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'EXPORT' and record_type = 'Dashboard'",
                        Long.class,
                        manager.username()))
                .isEqualTo(1);

        MvcResult table = mvc.perform(get("/dashboard/custody.csv?team=" + team.getId() + "&" + PERIOD)
                        .with(user(manager)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(table.getResponse().getContentAsString())
                .startsWith("Month,Tests,Opiates only,Cocaine only,Both,Negative,Refused,No valid sample,"
                        + "Assessments attended,Assessments failed\r\nJune 2026,1,0,0,0,0,1,0,0,0\r\nTotal,1,");
    }

    @Test
    void aBadFilterIsShownBackWithItsErrors() throws Exception {
        Document page = page(mvc.perform(
                        get("/dashboard/orders?from.day=31&from.month=2&from.year=2026&to.day=1&to.month=1&to.year=2026")
                                .with(user(manager)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary").text()).contains("Start of the period must be a real date");
        assertThat(page.select("table.govuk-table")).isEmpty();

        Document backwards = page(mvc.perform(
                        get("/dashboard/orders?from.day=1&from.month=2&from.year=2026&to.day=1&to.month=1&to.year=2026")
                                .with(user(manager)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(backwards.title()).startsWith("Error:");
        assertThat(backwards.select("#to-error").text()).contains("must be the same as or after its start");

        mvc.perform(
                        get("/dashboard/cases.csv?figure=custody-tests&from.day=1&from.month=2&from.year=2026&to.day=1&to.month=1&to.year=2026")
                                .with(user(manager)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void workersAreRefusedAndAnAdministratorSeesFiguresButNoPeople() throws Exception {
        for (Role role : new Role[] {Role.PROBATION_OFFICER, Role.CUSTODY_WORKER, Role.TREATMENT_WORKER}) {
            SignedInUser worker = data.user(role, team);
            mvc.perform(get("/manager").with(user(worker))).andExpect(status().isForbidden());
            mvc.perform(get("/dashboard/custody").with(user(worker))).andExpect(status().isForbidden());
            mvc.perform(get("/dashboard/cases?figure=custody-tests").with(user(worker)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/dashboard/cases.csv?figure=custody-tests").with(user(worker)))
                    .andExpect(status().isForbidden());
        }

        SignedInUser admin = data.user(Role.ADMIN, team);
        Document figures = page(mvc.perform(get("/dashboard/custody?area=" + data.areaId("Durham") + "&" + PERIOD)
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(figures.select("table.govuk-table tbody tr")
                        .first()
                        .select("td")
                        .get(6)
                        .text())
                .isNotEmpty();
        assertThat(figures.select("table.govuk-table tbody a")).isEmpty();
        Document list = page(mvc.perform(
                        get("/dashboard/cases?figure=custody-tests&" + PERIOD).with(user(admin)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(list.text()).contains("Administrators see dashboard figures, not the people behind them");
        assertThat(list.select("table")).isEmpty();
        mvc.perform(get("/dashboard/cases.csv?figure=custody-tests&" + PERIOD).with(user(admin)))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyDashboardAndItsCsvAnswersAManagerAndAnAdministrator() throws Exception {
        SignedInUser admin = data.user(Role.ADMIN, team);
        for (String slug :
                new String[] {"custody", "pathway", "orders", "compliance", "continuity", "caseload", "outcomes"}) {
            for (SignedInUser reader : new SignedInUser[] {manager, admin}) {
                Document page = page(
                        mvc.perform(get("/dashboard/" + slug + "?" + PERIOD).with(user(reader)))
                                .andExpect(status().isOk())
                                .andReturn());
                assertThat(page.title()).as(slug).endsWith("dashboard – Throughcare");
                assertThat(page.select("table.govuk-table")).as(slug).isNotEmpty();
                assertThat(page.select("a:contains(as CSV)")).as(slug).hasSize(1);
            }
            MvcResult csv = mvc.perform(
                            get("/dashboard/" + slug + ".csv?" + PERIOD).with(user(manager)))
                    .andExpect(status().isOk())
                    .andReturn();
            assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
            assertThat(csv.getResponse().getContentAsString()).as(slug).contains("\r\n");
        }
        Document home = page(mvc.perform(get("/manager").with(user(manager)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(home.select("main h2 a"))
                .extracting(e -> e.text())
                .containsExactly(
                        "Custody",
                        "Pathway",
                        "Orders",
                        "Compliance",
                        "Continuity of care",
                        "Caseloads and overdue actions",
                        "Outcomes");
    }

    @Test
    void theMonitoringExtractHasNoNamesOrIdentifiersAndIsAudited() throws Exception {
        String url = "/dashboard/extract.csv?team=" + team.getId() + "&" + PERIOD;
        String body = mvc.perform(get(url).with(user(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String[] lines = body.split("\r\n");
        assertThat(lines[0])
                .isEqualTo("pseudonym,initials,date_of_birth,sex,area,episode,start_date,end_date,code,outcome");
        assertThat(lines).hasSize(2);
        assertThat(lines[1])
                .matches("[0-9a-f]{16},AO," + person.getDateOfBirth() + "," + person.getStatedSex()
                        + ",Durham,CUSTODY_TEST,2026-06-10,,REFUSED,");
        assertThat(body).doesNotContain(person.getFamilyName()).doesNotContain("Ann");
        // the same person has the same pseudonym in the next extract
        String again = mvc.perform(get(url).with(user(manager)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again.split("\r\n")[1].substring(0, 16)).isEqualTo(lines[1].substring(0, 16));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'EXPORT'"
                                + " and record_id = 'monitoring-extract'",
                        Long.class,
                        manager.username()))
                .isEqualTo(2);

        Document page = page(mvc.perform(get("/dashboard/extract?team=" + team.getId() + "&" + PERIOD)
                        .with(user(manager)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("a.govuk-button").attr("href")).startsWith("/dashboard/extract.csv?");

        SignedInUser admin = data.user(Role.ADMIN, team);
        mvc.perform(get(url).with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(data.user(Role.PROBATION_OFFICER, team))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownDashboardOrFigureIsNotFound() throws Exception {
        mvc.perform(get("/dashboard/nothing").with(user(manager))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/cases?figure=nothing").with(user(manager))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/cases?figure=custody-tests&detail=DROP").with(user(manager)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/cases?figure=custody-tests&group=SEX:MALE").with(user(manager)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/cases?figure=pathway&group=SHOE_SIZE:9").with(user(manager)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/cases?figure=pathway&group=SEX:MALE").with(user(manager)))
                .andExpect(status().isOk());
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
