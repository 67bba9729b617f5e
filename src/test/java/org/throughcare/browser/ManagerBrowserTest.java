package org.throughcare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.throughcare.dashboard.DashboardSummaries;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's journey through the dashboards: open the custody dashboard, filter it to one team, drill from a
 * figure into the cases behind it, and download that list as CSV; then the orders and compliance dashboards, and a
 * filter refused with its error. Every page is scanned with axe-core.
 */
class ManagerBrowserTest extends BrowserTestSupport {

    private static final String CUSTODY_TEAM = "West Yorkshire custody drug team";

    @Autowired
    DashboardSummaries summaries;

    @Test
    void managerFiltersADashboardDrillsIntoAFigureAndDownloadsTheCases() {
        // Other journeys in this JVM may have recorded tests since the summaries were last counted.
        summaries.refresh();
        signIn("manager", "demo");
        click("Dashboards");
        assertThat(heading()).isEqualTo("Dashboards");
        click("Custody");
        assertThat(heading()).isEqualTo("Custody dashboard");
        assertThat(caption()).isEqualTo("West Yorkshire: all teams");

        select("team", CUSTODY_TEAM);
        click("Apply filter");
        assertThat(caption()).isEqualTo(CUSTODY_TEAM);
        List<WebElement> total = driver().findElements(By.cssSelector("table.govuk-table tbody tr:last-child td"));
        assertThat(total.get(0).getText()).isEqualTo("Total");
        int tests = Integer.parseInt(total.get(1).getText());
        assertThat(tests)
                .as("the demo custody team's tests in the last 12 months")
                .isPositive();

        clickElement(By.cssSelector("table.govuk-table tbody tr:last-child td:nth-child(2) a"));
        assertThat(heading()).isEqualTo("Drug tests in custody");
        assertThat(driver().findElements(By.cssSelector("table.govuk-table tbody tr td:nth-child(3)")))
                .extracting(WebElement::getText)
                .isNotEmpty()
                .allMatch(CUSTODY_TEAM::equals);
        int listed = listed();
        assertThat(listed).as("the list has as many rows as the figure counted").isEqualTo(tests);

        Download csv = download("Download the whole list as CSV");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("Person,Date,Team,Detail");
        assertThat(lines).hasSize(tests + 1);
        assertThat(lines[1]).contains(CUSTODY_TEAM);

        click("All dashboards");
        click("Orders");
        assertThat(heading()).isEqualTo("Orders dashboard");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Orders active today");
        click("Compliance");
        assertThat(heading()).isEqualTo("Compliance dashboard");
        for (String name : List.of("Pathway", "Continuity of care", "Caseloads and overdue actions", "Outcomes")) {
            click(name);
            assertThat(heading()).isEqualTo(name + " dashboard");
        }
        click("All dashboards");
        click("Monitoring extract for evaluators");
        Download extract = download("Download the monitoring extract (CSV)");
        assertThat(extract.status()).isEqualTo(200);
        assertThat(extract.body())
                .startsWith("pseudonym,initials,date_of_birth,sex,area,episode,start_date,end_date,code,outcome\r\n")
                .contains("CUSTODY_TEST");
        click("All dashboards");
        click("Compliance");
        fillIn("to", "40");
        click("Apply filter");
        assertThat(driver().getTitle()).startsWith("Error: ");
        assertThat(driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("End of the period must be a real date");
        assertThat(scannedPages()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void managerDescribesAProgrammeAssessesItAndReadsItsFigures() {
        signIn("manager", "demo");
        click("Programmes");
        assertThat(heading()).isEqualTo("Programmes");
        click("West Yorkshire drug interventions pathway");
        assertThat(heading()).isEqualTo("West Yorkshire drug interventions pathway");
        String main = driver().findElement(By.tagName("main")).getText();
        assertThat(main).contains("Throughputs: testing on arrest", "Outputs: the pathway into treatment", "Outcomes");
        int tests = Integer.parseInt(driver().findElement(
                        By.xpath("//h3[normalize-space()='Throughputs: testing on arrest']/following-sibling::dl[1]"
                                + "//div[dt[normalize-space()='Tests']]/dd"))
                .getText());
        assertThat(tests)
                .as("the demo custody team's tests count for the programme")
                .isPositive();

        click("Partnership working");
        assertThat(heading()).isEqualTo("Partnership working");
        choose("How far is it in place?", "Partly in place");
        fillIn("evidence", "Monthly partnership board; the housing provider has not attended since spring.");
        fillIn("reviewOn", "1");
        fillIn("reviewOn-month", "1");
        fillIn("reviewOn-year", "2020");
        clickSubmit();
        assertThat(driver().getTitle()).startsWith("Error: ");
        assertThat(driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The date of the next review must be in the future");
        fillIn("reviewOn-year", String.valueOf(java.time.LocalDate.now().getYear() + 1));
        clickSubmit();
        assertThat(heading()).isEqualTo("West Yorkshire drug interventions pathway");
        assertThat(driver().findElement(By.xpath("//tr[td[normalize-space()='Partnership working']]"))
                        .getText())
                .contains("Partly in place", "housing provider");

        click("Add a partner agency");
        fillIn("agency", "Leeds housing options");
        select("sector", "Housing");
        fillIn("responsibilities", "Finds accommodation for people leaving custody on the programme.");
        clickSubmit();
        assertThat(driver().findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Leeds housing options added as a partner");
        click("Remove Leeds housing options");
        assertThat(heading()).isEqualTo("Remove Leeds housing options as a partner?");
        click("Remove partner");
        assertThat(driver().findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Leeds housing options removed as a partner");
        assertThat(driver().findElement(By.id("partners"))
                        .findElement(By.xpath("following-sibling::table[1]"))
                        .getText())
                .doesNotContain("Leeds housing options");

        click("All programmes");
        click("Add a programme");
        clickSubmit();
        assertThat(driver().getTitle()).startsWith("Error: ");
        assertThat(driver().findElements(By.cssSelector(".govuk-error-summary__list li")))
                .hasSizeGreaterThanOrEqualTo(8);
        String name = "Leeds police diversion " + System.nanoTime();
        fillIn("name", name);
        choose("What kind of programme is it?", "Police diversion scheme");
        choose("Objectives", "Crime reduction");
        choose("Treatment philosophy", "Harm reduction");
        choose("Where does treatment happen?", "Community");
        fillIn("eligibility", "Adults arrested in Leeds for possession who test positive.");
        fillIn("fundingSource", "Police and Crime Commissioner");
        fillIn("fundedFrom", "1");
        fillIn("fundedFrom-month", "4");
        fillIn("fundedFrom-year", "2025");
        fillIn("fundedTo", "31");
        fillIn("fundedTo-month", "3");
        fillIn("fundedTo-year", "2027");
        choose("Teams whose cases it covers", "West Yorkshire custody drug team");
        clickSubmit();
        assertThat(heading()).isEqualTo(name);
        assertThat(scannedPages()).hasSizeGreaterThanOrEqualTo(10);
    }

    private String caption() {
        return driver().findElement(By.cssSelector(".govuk-caption-l")).getText();
    }

    /** The total from "Showing 1 to 25 of N results", or the rows shown when there is no summary. */
    private int listed() {
        Matcher m = Pattern.compile("of (\\d+) results?")
                .matcher(driver().findElement(By.tagName("main")).getText());
        return m.find()
                ? Integer.parseInt(m.group(1))
                : driver().findElements(By.cssSelector("table.govuk-table tbody tr"))
                        .size();
    }
}
