package org.throughcare.referral;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithMockUser(username = "provider.admin", roles = "ADMIN")
class ProviderAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsTheSeededProvidersWithTheirServiceAndContact() throws Exception {
        Document page = page(
                mvc.perform(get("/admin/providers")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("table.govuk-table th").eachText())
                .containsExactly("Provider", "Service", "Contact", "Status");
        assertThat(page.select("table.govuk-table tbody").text())
                .contains("Northgate Community Recovery Service")
                .contains("Community drug treatment")
                .contains("01632 960001, referrals@northgate-recovery.example.org");
        assertThat(page(mvc.perform(get("/admin/reference-data")).andReturn())
                        .select("main a")
                        .eachAttr("href"))
                .contains("/admin/providers");
    }

    @Test
    void addsAProviderWithAuditAndRefusesADuplicateName() throws Exception {
        String name = "Test provider " + Fixtures.uniqueLetters();

        mvc.perform(post("/admin/providers/new")
                        .with(csrf())
                        .param("name", "  " + name + " ")
                        .param("service", "HOUSING_SUPPORT")
                        .param("phone", "01632 960099")
                        .param("email", "team@example.org"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/providers"))
                .andExpect(flash().attribute("successMessage", "Provider " + name + " created"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event a join provider p on a.record_id = p.id::text"
                                + " where a.record_type = 'Provider' and p.name = ?",
                        Integer.class,
                        name))
                .isEqualTo(1);
        Document duplicate = page(mvc.perform(post("/admin/providers/new")
                        .with(csrf())
                        .param("name", name.toUpperCase())
                        .param("service", "HOUSING_SUPPORT"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(duplicate.select("#name-error").text()).contains("already exists");
    }

    @Test
    void showsEveryProblemInPageOrderAndSavesNothing() throws Exception {
        Document page = page(mvc.perform(post("/admin/providers/new")
                        .with(csrf())
                        .param("name", " ")
                        .param("phone", "call us")
                        .param("email", "not an email"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).startsWith("Error: Add a provider");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#name", "#service", "#phone", "#email");
        assertThat(page.select("input#phone").attr("value")).isEqualTo("call us");
    }

    @Test
    @WithMockUser(roles = "CUSTODY_WORKER")
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/providers")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/providers/new").with(csrf()).param("name", "X").param("service", "MENTAL_HEALTH"))
                .andExpect(status().isForbidden());
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
