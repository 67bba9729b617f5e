package org.throughcare.compliance;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.order.OrderDirectory;
import org.throughcare.order.OrderFixtures;
import org.throughcare.order.OrderSummary;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The checklist's section of the order page, rendered with its fragment, and the demo checklists. */
@IntegrationTest
@Import({Fixtures.class, OrderFixtures.class})
class ChecklistOrderSectionTest {

    @Autowired
    ChecklistOrderSection section;

    @Autowired
    ChecklistService checklists;

    @Autowired
    ChecklistDemoSeeder seeder;

    @Autowired
    OrderDirectory directory;

    @Autowired
    OrderFixtures orders;

    @Autowired
    Fixtures data;

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser officer;
    Long orderId;

    @BeforeEach
    void setUp() {
        officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        orderId = orders.drrOrder(data.person(officer).getId(), TestClock.TODAY.minusMonths(1), officer);
    }

    @Test
    void withoutAChecklistTheSectionSaysItIsDueAndOffersToCompleteIt() {
        Document html = render(orderId, true, officer);

        assertThat(html.select(".govuk-warning-text").text())
                .isEqualTo("! Warning Checklist due: it has not been completed for this order yet.");
        assertThat(html.select("a").eachText())
                .containsExactly("See the compliance checklist", "Complete the checklist");
        assertThat(section.shownTo(data.user(Role.MANAGER, "Leeds"))).isTrue();
        assertThat(section.shownTo(data.user(Role.TREATMENT_WORKER, "Leeds"))).isFalse();
    }

    @Test
    void theSectionSummarisesTheLatestRevisionAndOnlyAnOfficerMayRevise() {
        checklists.record(orderId, ChecklistRulesTest.answers(ChecklistReason.START, true, TestClock.TODAY), officer);
        checklists.record(orderId, ChecklistRulesTest.answers(ChecklistReason.REVIEW, false, null), officer);

        Document html = render(orderId, true, officer);
        assertThat(html.select("p").first().text())
                .isEqualTo("Revision 2: review, 17 June 2026. The person has not agreed");
        assertThat(html.select("dl").text()).isEqualTo("Childcare responsibilities Appointments in school hours");
        assertThat(html.select(".govuk-warning-text")).isEmpty();
        assertThat(html.select("a").eachText())
                .containsExactly(
                        "See the compliance checklist and every revision",
                        "Make a new revision of the checklist",
                        "Compare checklist revisions");

        SignedInUser manager = data.user(Role.MANAGER, "Leeds");
        assertThat(render(orderId, true, manager).select("a").eachText())
                .doesNotContain("Make a new revision of the checklist");
        assertThat(render(orderId, false, officer).select("a").eachText())
                .doesNotContain("Make a new revision of the checklist");
    }

    @Test
    void demoChecklistsAreRecordedThroughTheServiceTheSameForTheSameSeed() {
        Long other = orders.drrOrder(data.person(officer).getId(), TestClock.TODAY.minusMonths(1), officer);
        seeder.seed(orderId, TestClock.TODAY.minusMonths(1), new Random(7), officer);
        seeder.seed(other, TestClock.TODAY.minusMonths(1), new Random(7), officer);

        String sql = """
                select string_agg(c.revision || ' ' || c.reason || ' ' || b.barrier, ', ' order by c.revision, b.barrier)
                from compliance_checklist c join compliance_barrier b on b.checklist_id = c.id
                where c.order_id = ? and b.present
                """;
        String seeded = jdbc.queryForObject(sql, String.class, orderId);
        assertThat(seeded).startsWith("1 START ");
        assertThat(jdbc.queryForObject(sql, String.class, other)).isEqualTo(seeded);
    }

    private Document render(Long order, boolean canChange, SignedInUser user) {
        OrderSummary summary = directory.order(order, user);
        MockHttpServletRequest request = new MockHttpServletRequest();
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, new MockHttpServletResponse()),
                Locale.UK,
                Map.of("model", section.model(summary, canChange, user)));
        return Jsoup.parseBodyFragment(templates.process("compliance/checklist-section", Set.of("section"), context));
    }
}
