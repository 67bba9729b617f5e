package org.throughcare.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.throughcare.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The shared GOV.UK fragments render the Design System's markup, with and without errors. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class FragmentsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void rendersBoundValuesWithoutErrors() throws Exception {
        Document page = render(get("/test/fragments"));

        assertThat(page.title()).isEqualTo("Fragments – Throughcare");
        assertThat(page.select(".govuk-error-summary")).isEmpty();
        assertThat(page.select("input#name").attr("value")).isEqualTo("Sam");
        assertThat(page.select("input#name").attr("aria-describedby")).isEqualTo("name-hint");
        assertThat(page.select("input#name").hasClass("govuk-input--width-20")).isTrue();
        assertThat(page.select("input#colour-2").hasAttr("checked")).isTrue();
        assertThat(page.select("#colour-2-item-hint").text()).isEqualTo("Like grass");
        assertThat(page.select("input[name=substances][checked]").eachAttr("value"))
                .containsExactly("HEROIN", "CRACK");
        assertThat(page.select("input#born").attr("value")).isEqualTo("3");
        assertThat(page.select("input#born-month").attr("value")).isEqualTo("4");
        assertThat(page.select("input#born-year").attr("value")).isEqualTo("1990");
        assertThat(page.select("select#team option").eachText()).containsExactly("Select a team", "Leeds", "Bradford");
        assertThat(page.select(".govuk-summary-list__row")).hasSize(2);
        assertThat(page.select(".govuk-summary-list__actions a").text()).isEqualTo("Change team");
        assertThat(page.select("table.govuk-table td a[href=/people/1]").text()).isEqualTo("Sam");
        assertThat(page.select("th.govuk-table__header--numeric")).hasSize(1);
        assertThat(page.select("strong.govuk-tag--red").text()).isEqualTo("Breach in progress");
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("Saved");
        assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo("/admin");
    }

    @Test
    void showsErrorsInPageOrderAndMarksEveryField() throws Exception {
        Document page = render(post("/test/fragments")
                .with(csrf())
                .param("name", "")
                .param("notes", "")
                .param("born.day", "31")
                .param("born.month", "2")
                .param("born.year", "2001")
                .param("_substances", "on"));

        assertThat(page.title()).isEqualTo("Error: Fragments – Throughcare");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#name", "#notes", "#colour", "#substances", "#team", "#born");
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly(
                        "Enter a name",
                        "Enter some notes",
                        "Select a colour",
                        "Select at least one substance",
                        "Select a team",
                        "Date of birth must be a real date");
        assertThat(page.select(".govuk-form-group--error")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(page.select("input#name").hasClass("govuk-input--error")).isTrue();
        assertThat(page.select("input#name").attr("aria-describedby")).isEqualTo("name-hint name-error");
        assertThat(page.select("#name-error").text()).isEqualTo("Error: Enter a name");
        assertThat(page.select("textarea#notes").hasClass("govuk-textarea--error"))
                .isTrue();
        assertThat(page.select("select#team").hasClass("govuk-select--error")).isTrue();
        assertThat(page.select("#born-error").text()).isEqualTo("Error: Date of birth must be a real date");
        assertThat(page.select("input#born").attr("value"))
                .as("what was typed is shown back")
                .isEqualTo("31");
        assertThat(page.select("input.govuk-date-input__input.govuk-input--error"))
                .hasSize(3);
    }

    private Document render(RequestBuilder request) throws Exception {
        String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
