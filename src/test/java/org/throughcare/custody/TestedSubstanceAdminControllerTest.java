package org.throughcare.custody;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.custody.ReferenceDataService.SubstanceDetails;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.throughcare.custody.CustodySuiteAdminControllerTest.page;

@IntegrationTest
@WithMockUser(username = "substance.admin", roles = "ADMIN")
class TestedSubstanceAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    TestedSubstanceRepository substances;

    @Test
    void listsSubstances() throws Exception {
        Document page = page(mvc.perform(get("/admin/tested-substances"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).isEqualTo("Tested substances – Throughcare");
        assertThat(page.select("table.govuk-table td").eachText()).contains("OPIATES", "COCAINE");
    }

    @Test
    void createsASubstance() throws Exception {
        String code = ReferenceDataServiceTest.uniqueCode();

        mvc.perform(post("/admin/tested-substances/new")
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Amphetamines")
                        .param("displayOrder", "3")
                        .param("foundsRequiredAssessment", "false"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/tested-substances"))
                .andExpect(flash().attribute("successMessage", "Substance Amphetamines created"));

        assertThat(substances.findAll()).anySatisfy(substance -> {
            assertThat(substance.getCode()).isEqualTo(code);
            assertThat(substance.getDisplayOrder()).isEqualTo(3);
            assertThat(substance.isActive()).isTrue();
            // Class B: a positive for it never leads to a required assessment, and older tests never need it.
            assertThat(substance.foundsRequiredAssessment()).isFalse();
            assertThat(substance.getTestedFrom()).isEqualTo(LocalDate.of(2026, 6, 17));
        });
    }

    @Test
    void showsErrorsAndSavesNothing() throws Exception {
        String code = ReferenceDataServiceTest.uniqueCode();

        Document page = page(mvc.perform(post("/admin/tested-substances/new")
                        .with(csrf())
                        .param("code", code + "-2")
                        .param("name", "")
                        .param("displayOrder", "first"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#code", "#name", "#displayOrder", "#foundsRequiredAssessment");
        assertThat(page.select("#code-error").text())
                .isEqualTo("Error: Code must start with a letter and only include letters and underscores");
        assertThat(page.select("#displayOrder-error").text())
                .isEqualTo("Error: Display order must be a whole number between 0 and 9999");
        assertThat(substances.existsByCode(code)).isFalse();
        assertThat(substances.existsByCode(code + "-2")).isFalse();
    }

    @Test
    void refusesADuplicateCode() throws Exception {
        String code = ReferenceDataServiceTest.uniqueCode();
        referenceData.createSubstance(new SubstanceDetails(code, "Spice", true, 5, false, null, 0));

        Document page = page(mvc.perform(post("/admin/tested-substances/new")
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Another")
                        .param("displayOrder", "6")
                        .param("foundsRequiredAssessment", "false"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#code-error").text())
                .isEqualTo("Error: A substance with the code " + code + " already exists");
        assertThat(substances.findAll().stream().filter(s -> s.getCode().equals(code)))
                .hasSize(1);
    }

    @Test
    void changesASubstanceButNotItsCode() throws Exception {
        String code = ReferenceDataServiceTest.uniqueCode();
        TestedSubstance substance =
                referenceData.createSubstance(new SubstanceDetails(code, "Spice", true, 5, false, null, 0));

        Document form = page(mvc.perform(get("/admin/tested-substances/" + substance.getId() + "/edit"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("input[name=code]")).isEmpty();
        assertThat(form.select(".govuk-summary-list__value").text()).isEqualTo(code);

        mvc.perform(post("/admin/tested-substances/" + substance.getId() + "/edit")
                        .with(csrf())
                        .param("version", "0")
                        .param("code", "CHANGED")
                        .param("name", "Synthetic cannabinoids")
                        .param("active", "false")
                        .param("displayOrder", "9")
                        .param("foundsRequiredAssessment", "false"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("successMessage", "Changes to Synthetic cannabinoids saved"));

        TestedSubstance saved = substances.findById(substance.getId()).orElseThrow();
        assertThat(saved.getCode()).isEqualTo(code);
        assertThat(saved.isActive()).isFalse();
        assertThat(saved.getDisplayOrder()).isEqualTo(9);
    }

    @Test
    @WithMockUser(roles = "CUSTODY_WORKER")
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/tested-substances")).andExpect(status().isForbidden());
        String code = ReferenceDataServiceTest.uniqueCode();
        mvc.perform(post("/admin/tested-substances/new")
                        .with(csrf())
                        .param("code", code)
                        .param("name", "X")
                        .param("displayOrder", "1")
                        .param("foundsRequiredAssessment", "false"))
                .andExpect(status().isForbidden());
        assertThat(substances.existsByCode(code)).isFalse();
    }
}
