package org.throughcare.custody;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.throughcare.IntegrationTest;
import org.throughcare.custody.ReferenceDataService.SuiteDetails;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithMockUser(username = "suite.admin", roles = "ADMIN")
class CustodySuiteAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    CustodySuiteRepository suites;

    @Test
    void listsSuitesWithTheirForceAndTestingPeriod() throws Exception {
        Document page = page(mvc.perform(get("/admin/custody-suites"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).isEqualTo("Custody suites – Throughcare");
        assertThat(page.select("table.govuk-table th").eachText())
                .containsExactly("Custody suite", "Police force area", "Drug testing");
        assertThat(page.select("table.govuk-table tbody tr")).hasSizeBetween(1, 25);
        assertThat(page.select(".govuk-service-navigation__item--active").text())
                .isEqualTo("Reference data");
    }

    @Test
    void testingTagSaysWhetherTestingIsLive() {
        CustodySuiteAdminController controller =
                new CustodySuiteAdminController(referenceData, new Formats(), Clock.systemUTC());
        LocalDate today = LocalDate.of(2025, 6, 1);

        assertThat(controller
                        .testingTag(new CustodySuite(1L, "A", null, null), today)
                        .text())
                .isEqualTo("Not live");
        assertThat(controller
                        .testingTag(new CustodySuite(1L, "A", LocalDate.of(2015, 4, 1), null), today)
                        .text())
                .isEqualTo("Live since 1 April 2015");
        assertThat(controller
                        .testingTag(
                                new CustodySuite(1L, "A", LocalDate.of(2015, 4, 1), LocalDate.of(2024, 3, 3)), today)
                        .text())
                .isEqualTo("Ended 3 March 2024");
        assertThat(controller
                        .testingTag(new CustodySuite(1L, "A", LocalDate.of(2025, 7, 1), null), today)
                        .text())
                .isEqualTo("Goes live 1 July 2025");
    }

    @Test
    void createsASuite() throws Exception {
        Long force = force();
        String name = ReferenceDataServiceTest.unique("Suite");

        mvc.perform(post("/admin/custody-suites/new")
                        .with(csrf())
                        .param("forceId", force.toString())
                        .param("name", name)
                        .param("testingLiveFrom.day", "1")
                        .param("testingLiveFrom.month", "4")
                        .param("testingLiveFrom.year", "2015"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/custody-suites"))
                .andExpect(flash().attribute("successMessage", "Custody suite " + name + " created"));

        assertThat(suites.findByForceIdOrderByName(force)).anySatisfy(suite -> {
            assertThat(suite.getName()).isEqualTo(name);
            assertThat(suite.getTestingLiveFrom()).isEqualTo(LocalDate.of(2015, 4, 1));
        });
    }

    @Test
    void showsErrorsAndSavesNothing() throws Exception {
        Long force = force();
        String name = ReferenceDataServiceTest.unique("Suite");

        MvcResult result = mvc.perform(post("/admin/custody-suites/new")
                        .with(csrf())
                        .param("forceId", force.toString())
                        .param("name", name)
                        .param("testingEndedOn.day", "3")
                        .param("testingEndedOn.month", "3")
                        .param("testingEndedOn.year", "2024"))
                .andExpect(status().isOk())
                .andReturn();

        Document page = page(result);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary")).isNotEmpty();
        assertThat(page.select("#testingEndedOn-error").text())
                .isEqualTo("Error: Enter the date testing went live, or leave the date testing ended empty");
        assertThat(page.select("input#name").attr("value")).isEqualTo(name);
        assertThat(suites.existsByForceIdAndNameIgnoreCase(force, name)).isFalse();
    }

    @Test
    void showsFormErrorsForMissingAndBadFields() throws Exception {
        Document page = page(mvc.perform(post("/admin/custody-suites/new")
                        .with(csrf())
                        .param("forceId", "")
                        .param("name", " ")
                        .param("testingLiveFrom.day", "31")
                        .param("testingLiveFrom.month", "2")
                        .param("testingLiveFrom.year", "2020"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#forceId", "#name", "#testingLiveFrom");
        assertThat(page.select("#testingLiveFrom-error").text())
                .isEqualTo("Error: Date testing went live must be a real date");
    }

    @Test
    void changesASuiteAndRefusesAStaleVersion() throws Exception {
        Long force = force();
        String name = ReferenceDataServiceTest.unique("Suite");
        CustodySuite suite = referenceData.createSuite(new SuiteDetails(force, name, null, null, 0));

        Document form = page(mvc.perform(get("/admin/custody-suites/" + suite.getId() + "/edit"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("input[name=version]").attr("value")).isEqualTo("0");
        assertThat(form.select("select#forceId option[selected]").attr("value")).isEqualTo(force.toString());

        mvc.perform(post("/admin/custody-suites/" + suite.getId() + "/edit")
                        .with(csrf())
                        .param("version", "0")
                        .param("forceId", force.toString())
                        .param("name", name + " B"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("successMessage", "Changes to " + name + " B saved"));

        Document stale = page(mvc.perform(post("/admin/custody-suites/" + suite.getId() + "/edit")
                        .with(csrf())
                        .param("version", "0")
                        .param("forceId", force.toString())
                        .param("name", name + " C"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(stale.title()).startsWith("Error: ");
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this custody suite");
        assertThat(suites.findById(suite.getId()).orElseThrow().getName()).isEqualTo(name + " B");
    }

    @Test
    void showsTheReferenceDataIndex() throws Exception {
        Document page = page(mvc.perform(get("/admin/reference-data"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("main a.govuk-link").eachAttr("href"))
                .contains("/admin/custody-suites", "/admin/offences", "/admin/tested-substances");
        assertThat(page.select(".govuk-service-navigation__item--active").text())
                .isEqualTo("Reference data");
    }

    @Test
    @WithMockUser(roles = "CUSTODY_WORKER")
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/reference-data")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/custody-suites")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/custody-suites/new")).andExpect(status().isForbidden());
        String name = ReferenceDataServiceTest.unique("Suite");
        mvc.perform(post("/admin/custody-suites/new")
                        .with(csrf())
                        .param("forceId", force().toString())
                        .param("name", name))
                .andExpect(status().isForbidden());
        assertThat(suites.existsByForceIdAndNameIgnoreCase(force(), name)).isFalse();
    }

    private Long force() {
        return List.copyOf(referenceData.policeForceAreas().keySet()).get(0);
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
