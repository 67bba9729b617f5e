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

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

    @Autowired
    NotificationConditions conditions;

    @Test
    void listsSuitesWithTheirForceAndTestingPeriod() throws Exception {
        Document page = page(mvc.perform(get("/admin/custody-suites"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).isEqualTo("Custody suites – Throughcare");
        assertThat(page.select("table.govuk-table th").eachText())
                .containsExactly("Custody suite", "Police force area", "In force today");
        assertThat(page.select("table.govuk-table tbody tr")).hasSizeBetween(1, 25);
        assertThat(page.select(".govuk-service-navigation__item--active").text())
                .isEqualTo("Reference data");
    }

    @Test
    void theListSaysWhatIsInForceTodayInTheOrderOfTheKinds() {
        assertThat(CustodySuiteAdminController.inForceTag(Set.of()).text()).isEqualTo("None in force");
        assertThat(CustodySuiteAdminController.inForceTag(
                                Set.of(NotificationKind.REQUIRED_ASSESSMENT, NotificationKind.TESTING_ON_ARREST))
                        .text())
                .isEqualTo("Testing on arrest, required assessment");
    }

    @Test
    void createsASuite() throws Exception {
        Long force = force();
        String name = ReferenceDataServiceTest.unique("Suite");

        mvc.perform(post("/admin/custody-suites/new")
                        .with(csrf())
                        .param("forceId", force.toString())
                        .param("name", name))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/custody-suites"))
                .andExpect(flash().attribute("successMessage", "Custody suite " + name + " created"));

        assertThat(suites.findByForceIdOrderByName(force))
                .anySatisfy(suite -> assertThat(suite.getName()).isEqualTo(name));
    }

    @Test
    void showsFormErrorsForMissingAndBadFields() throws Exception {
        Document page = page(mvc.perform(post("/admin/custody-suites/new")
                        .with(csrf())
                        .param("forceId", "")
                        .param("name", " "))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#forceId", "#name");
    }

    @Test
    void changesASuiteAndRefusesAStaleVersion() throws Exception {
        Long force = force();
        String name = ReferenceDataServiceTest.unique("Suite");
        CustodySuite suite = referenceData.createSuite(new SuiteDetails(force, name, 0));

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
    void addsANotificationConditionFromTheSuitePage() throws Exception {
        CustodySuite suite =
                referenceData.createSuite(new SuiteDetails(force(), ReferenceDataServiceTest.unique("Suite"), 0));
        String suitePage = "/admin/custody-suites/" + suite.getId() + "/edit";
        Document before =
                page(mvc.perform(get(suitePage)).andExpect(status().isOk()).andReturn());
        assertThat(before.select("main").text()).contains("Nothing has been notified for this suite yet");

        mvc.perform(post("/admin/custody-suites/" + suite.getId() + "/notifications/new")
                        .with(csrf())
                        .param("kind", "TESTING_UNDER_18")
                        .param("inForceFrom.day", "1")
                        .param("inForceFrom.month", "4")
                        .param("inForceFrom.year", "2015"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(suitePage))
                .andExpect(flash().attribute(
                                "successMessage",
                                "Testing of 14 to 17 year olds added to the notification conditions"));

        Document after =
                page(mvc.perform(get(suitePage)).andExpect(status().isOk()).andReturn());
        assertThat(after.select("table.govuk-table tbody tr").eachText())
                .containsExactly("Testing of 14 to 17 year olds 1 April 2015 Still in force In force Change");
    }

    @Test
    void aNotificationFormShowsEveryProblemAndSavesNothing() throws Exception {
        CustodySuite suite =
                referenceData.createSuite(new SuiteDetails(force(), ReferenceDataServiceTest.unique("Suite"), 0));
        conditions.create(
                suite.getId(),
                new NotificationConditions.NotificationDetails(
                        NotificationKind.TESTING_ON_ARREST, LocalDate.of(2015, 4, 1), null, 0));

        Document missing = page(mvc.perform(post("/admin/custody-suites/" + suite.getId() + "/notifications/new")
                        .with(csrf())
                        .param("inForceFrom.day", "31")
                        .param("inForceFrom.month", "2")
                        .param("inForceFrom.year", "2020"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(missing.title()).startsWith("Error: Add a notification condition");
        assertThat(missing.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#inForceFrom");
        assertThat(missing.select("#inForceFrom-error").text())
                .isEqualTo("Error: Date it came into force must be a real date");

        Document overlapping = page(mvc.perform(post("/admin/custody-suites/" + suite.getId() + "/notifications/new")
                        .with(csrf())
                        .param("kind", "TESTING_ON_ARREST")
                        .param("inForceFrom.day", "1")
                        .param("inForceFrom.month", "1")
                        .param("inForceFrom.year", "2020"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(overlapping.title()).startsWith("Error: ");
        assertThat(overlapping.select("#inForceFrom-error").text())
                .contains("Testing on arrest is already in force at " + suite.getName() + " from 1 April 2015");
        assertThat(conditions.forSuite(suite.getId())).hasSize(1);
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
        mvc.perform(get("/admin/custody-suites/1/notifications/new")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/custody-suites/1/notifications/new")
                        .with(csrf())
                        .param("kind", "TESTING_ON_ARREST"))
                .andExpect(status().isForbidden());
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
