package org.throughcare.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditTrailAt;

import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.throughcare.Fixtures.signedIn;
import static org.throughcare.Fixtures.unique;
import static org.throughcare.TestPages.linkHref;
import static org.throughcare.TestPages.text;
import static org.throughcare.TestPages.title;

@IntegrationTest
class AuditLogControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    SignedInUser admin;
    String actor;

    @BeforeEach
    void setUp() {
        admin = signedIn(Role.ADMIN);
        actor = unique("audit-page");
    }

    @Test
    void searchesTheAuditLog() throws Exception {
        record("2025-07-01T09:30:00Z", actor, "Person", "42", "Viewed the care plan");
        record("2025-07-01T09:31:00Z", unique("someone-else"), "Person", "42", "Not for this actor");

        String page = page(get("/admin/audit").param("actor", actor.toUpperCase()));

        assertThat(title(page)).isEqualTo("Audit log – Throughcare");
        assertThat(page).doesNotContain("govuk-error-summary");
        assertThat(text(page))
                .contains("Viewed the care plan", "Person 42", "1 July 2025 at 10:30am", "Viewed")
                .contains("Showing 1 to 1 of 1 result")
                .doesNotContain("Not for this actor");
    }

    @Test
    void searchesByRecordAndDates() throws Exception {
        String type = "Offence";
        String one = unique("1");
        record("2025-07-01T09:30:00Z", actor, type, one, "On the first");
        record("2025-07-03T09:30:00Z", actor, type, one, "On the third");
        record("2025-07-03T09:30:00Z", actor, type, unique("2"), "Another record");

        String page = page(get("/admin/audit")
                .param("recordType", type)
                .param("recordId", one)
                .param("from.day", "2")
                .param("from.month", "7")
                .param("from.year", "2025")
                .param("to.day", "3")
                .param("to.month", "7")
                .param("to.year", "2025"));

        assertThat(text(page))
                .contains("On the third")
                .doesNotContain("On the first")
                .doesNotContain("Another record");
        assertThat(page).as("the typed date is kept").contains("name=\"from.day\" value=\"2\"");
        assertThat(page).as("kinds of record are a list to choose from").contains("<option value=\"Offence\" selected");
    }

    @Test
    void nothingFoundSaysSo() throws Exception {
        String page = page(get("/admin/audit").param("actor", unique("nobody")));
        assertThat(page).contains("No audit events match these filters.").doesNotContain("govuk-table");
    }

    @Test
    void anImpossibleDateIsAnError() throws Exception {
        String page = mvc.perform(get("/admin/audit")
                        .with(user(admin))
                        .param("from.day", "40")
                        .param("from.month", "1")
                        .param("from.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(view().name("user/audit-log"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(title(page)).isEqualTo("Error: Audit log – Throughcare");
        assertThat(page)
                .contains("class=\"govuk-error-summary\"")
                .contains("href=\"#from\"")
                .contains("id=\"from-error\"");
        assertThat(text(page)).contains("From date must be a real date");
        assertThat(page).doesNotContain("No audit events match these filters.").doesNotContain("govuk-table");
        assertThat(page).as("what was typed is shown back").contains("name=\"from.day\" value=\"40\"");
    }

    @Test
    void anIncompleteDateIsAnError() throws Exception {
        String page = page(get("/admin/audit").param("to.day", "1").param("to.year", "2026"));
        assertThat(title(page)).isEqualTo("Error: Audit log – Throughcare");
        assertThat(text(page)).contains("To date must include a month");
    }

    @Test
    void aBackwardsRangeIsAnErrorOnTheToDate() throws Exception {
        String page = page(get("/admin/audit")
                .param("from.day", "10")
                .param("from.month", "3")
                .param("from.year", "2026")
                .param("to.day", "9")
                .param("to.month", "3")
                .param("to.year", "2026"));

        assertThat(title(page)).isEqualTo("Error: Audit log – Throughcare");
        assertThat(page)
                .contains("govuk-error-summary")
                .contains("id=\"to-error\"")
                .doesNotContain("id=\"from-error\"");
        assertThat(text(page)).contains("The to date must be the same as or after the from date");

        String sameDay = page(get("/admin/audit")
                .param("from.day", "10")
                .param("from.month", "3")
                .param("from.year", "2026")
                .param("to.day", "10")
                .param("to.month", "3")
                .param("to.year", "2026"));
        assertThat(title(sameDay)).isEqualTo("Audit log – Throughcare");
    }

    @Test
    void tooLongAFilterIsAnError() throws Exception {
        String page = page(get("/admin/audit").param("actor", "x".repeat(101)));
        assertThat(title(page)).startsWith("Error: ");
        assertThat(text(page)).contains("Username must be 100 characters or fewer");
    }

    @Test
    void pagesKeepTheFilters() throws Exception {
        for (int i = 0; i < 51; i++) {
            record(
                    Instant.parse("2025-08-01T00:00:00Z").plusSeconds(60L * i).toString(),
                    actor,
                    "Person",
                    String.valueOf(i),
                    String.format("Event %02d", i));
        }

        String first = page(get("/admin/audit").queryParam("actor", actor));
        assertThat(text(first))
                .contains("Showing 1 to 50 of 51 results", "Event 50", "Event 01")
                .doesNotContain("Event 00");
        String next = linkHref(first, "rel=\"next\"");
        assertThat(next).isEqualTo("/admin/audit?actor=" + actor + "&page=2");

        String second = page(get(URI.create(next)));
        assertThat(text(second))
                .contains("Showing 51 to 51 of 51 results", "Event 00")
                .doesNotContain("Event 01");
        assertThat(linkHref(second, "rel=\"prev\"")).isEqualTo("/admin/audit?actor=" + actor + "&page=1");
        assertThat(second)
                .contains("govuk-pagination__item--current")
                .containsPattern("aria-label=\"Page 2\"[^>]*aria-current=\"page\"");
    }

    /**
     * A browser sends a typed apostrophe (or +, &, accented letters) percent-encoded. The page links must
     * carry it on exactly as sent, so the next page searches for the same thing.
     */
    @Test
    void pageLinksKeepEncodedFiltersIntact() throws Exception {
        String awkward = "o'brien+" + actor;
        for (int i = 0; i < 51; i++) {
            record(
                    Instant.parse("2025-08-01T00:00:00Z").plusSeconds(60L * i).toString(),
                    awkward,
                    "Person",
                    String.valueOf(i),
                    String.format("Event %02d", i));
        }

        String first = page(get(URI.create("/admin/audit?actor=o%27brien%2B" + actor)));
        assertThat(text(first)).contains("Showing 1 to 50 of 51 results");
        String next = linkHref(first, "rel=\"next\"");
        assertThat(next).isEqualTo("/admin/audit?actor=o%27brien%2B" + actor + "&page=2");

        String second = page(get(URI.create(next)));
        assertThat(text(second))
                .contains("Showing 51 to 51 of 51 results", "Event 00")
                .doesNotContain("Event 01");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdministratorsMayReadTheAuditLog(Role role) throws Exception {
        mvc.perform(get("/admin/audit").with(user(signedIn(role)))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousUsersAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isFound());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("user/audit-log"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void record(String instant, String who, String recordType, String recordId, String summary) {
        new AuditTrailAt(context, Instant.parse(instant)).record(who, AuditAction.VIEW, recordType, recordId, summary);
    }
}
