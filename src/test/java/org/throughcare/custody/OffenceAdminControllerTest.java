package org.throughcare.custody;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.custody.ReferenceDataService.OffenceDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.throughcare.custody.CustodySuiteAdminControllerTest.page;

@IntegrationTest
@WithMockUser(username = "offence.admin", roles = "ADMIN")
class OffenceAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    OffenceRepository offences;

    @Test
    void listsOffencesTriggerOffencesFirst() throws Exception {
        Document page = page(
                mvc.perform(get("/admin/offences")).andExpect(status().isOk()).andReturn());

        assertThat(page.title()).isEqualTo("Offences – Throughcare");
        assertThat(page.select("table.govuk-table th").eachText())
                .containsExactly("Offence", "Home Office code", "Trigger", "Status");
        assertThat(page.select("table.govuk-table tbody tr")
                        .first()
                        .select(".govuk-tag")
                        .first()
                        .text())
                .isEqualTo("Trigger offence");
    }

    @Test
    void paginatesTheList() throws Exception {
        Document page = page(mvc.perform(get("/admin/offences?page=2"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select(".govuk-pagination__item--current").text()).isEqualTo("2");
        assertThat(page.select(".govuk-pagination__prev a").attr("href")).isEqualTo("/admin/offences?page=1");
        assertThat(page.select(".govuk-body").eachText()).anyMatch(text -> text.startsWith("Showing 26 to "));
    }

    @Test
    void createsAnOffence() throws Exception {
        String name = ReferenceDataServiceTest.unique("Offence");

        mvc.perform(post("/admin/offences/new")
                        .with(csrf())
                        .param("name", name)
                        .param("trigger", "true")
                        .param("active", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/offences"))
                .andExpect(flash().attribute("successMessage", "Offence " + name + " created"));

        assertThat(offences.findAll()).anySatisfy(offence -> {
            assertThat(offence.getName()).isEqualTo(name);
            assertThat(offence.isTrigger()).isTrue();
            assertThat(offence.isActive()).isTrue();
        });
    }

    @Test
    void refusesADuplicateNameAndSavesNothing() throws Exception {
        String name = ReferenceDataServiceTest.unique("Offence");
        referenceData.createOffence(new OffenceDetails(name, null, false, true, 0));

        Document page = page(mvc.perform(post("/admin/offences/new")
                        .with(csrf())
                        .param("name", name.toUpperCase())
                        .param("trigger", "false")
                        .param("active", "true"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary")).isNotEmpty();
        assertThat(page.select("#name-error").text())
                .isEqualTo("Error: An offence called " + name.toUpperCase() + " already exists");
        assertThat(offences.findAll().stream().filter(o -> o.getName().equalsIgnoreCase(name)))
                .hasSize(1);
    }

    @Test
    void asksForTheTriggerAnswer() throws Exception {
        String name = ReferenceDataServiceTest.unique("Offence");

        Document page = page(mvc.perform(post("/admin/offences/new")
                        .with(csrf())
                        .param("name", name)
                        .param("homeOfficeCode", "forty-six")
                        .param("active", "true"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a[href=#trigger]").text())
                .isEqualTo("Select yes if this is a trigger offence");
        assertThat(page.select("#homeOfficeCode-error").text())
                .isEqualTo("Error: Enter a Home Office code like 46, 34B or 8/20, or leave it empty");
        assertThat(page.select("input#homeOfficeCode").attr("value")).isEqualTo("forty-six");
        assertThat(offences.existsByNameIgnoreCase(name)).isFalse();
    }

    @Test
    void retiresAnOffence() throws Exception {
        String name = ReferenceDataServiceTest.unique("Offence");
        Offence offence = referenceData.createOffence(new OffenceDetails(name, null, true, true, 0));

        Document form = page(mvc.perform(get("/admin/offences/" + offence.getId() + "/edit"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("input[name=trigger][checked]").attr("value")).isEqualTo("true");
        assertThat(form.select("input[name=active][checked]").attr("value")).isEqualTo("true");

        mvc.perform(post("/admin/offences/" + offence.getId() + "/edit")
                        .with(csrf())
                        .param("version", "0")
                        .param("name", name)
                        .param("trigger", "true")
                        .param("active", "false"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("successMessage", "Changes to " + name + " saved"));

        assertThat(offences.findById(offence.getId()).orElseThrow().isActive()).isFalse();
    }

    @Test
    @WithMockUser(roles = "CUSTODY_WORKER")
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/offences")).andExpect(status().isForbidden());
        String name = ReferenceDataServiceTest.unique("Offence");
        mvc.perform(post("/admin/offences/new")
                        .with(csrf())
                        .param("name", name)
                        .param("trigger", "true")
                        .param("active", "true"))
                .andExpect(status().isForbidden());
        assertThat(offences.existsByNameIgnoreCase(name)).isFalse();
    }
}
