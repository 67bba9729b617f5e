package org.throughcare.order;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Courts as reference data: administrators add, rename and retire them; names stay unique; others may not. */
@IntegrationTest
@Import(Fixtures.class)
class CourtAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorAddsAndRetiresACourtAndADuplicateNameIsRefused() throws Exception {
        SignedInUser admin = data.user(Role.ADMIN, "Leeds");
        String name = "Court " + Fixtures.uniqueLetters();
        assertThat(page(get("/admin/reference-data"), admin).select("a[href=/admin/courts]"))
                .hasSize(1);

        mvc.perform(post("/admin/courts/new")
                        .param("name", name)
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long id = jdbc.queryForObject("select id from court where name = ?", Long.class, name);

        Document duplicate = page(post("/admin/courts/new").param("name", name.toUpperCase()), admin);
        assertThat(duplicate.title()).startsWith("Error:");
        assertThat(duplicate.select("#name-error").text()).contains("already exists");
        Document blank = page(post("/admin/courts/new").param("name", " "), admin);
        assertThat(blank.select("#name-error").text()).contains("Enter the name of the court");

        mvc.perform(post("/admin/courts/" + id + "/edit")
                        .param("name", name)
                        .param("active", "false")
                        .param("version", "0")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select active from court where id = ?", Boolean.class, id))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Court' and record_id = ?",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(2);

        mvc.perform(get("/admin/courts").with(user(data.user(Role.PROBATION_OFFICER, "Leeds"))))
                .andExpect(status().isForbidden());
    }

    private Document page(MockHttpServletRequestBuilder request, SignedInUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
