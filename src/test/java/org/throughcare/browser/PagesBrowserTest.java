package org.throughcare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the pages the journeys do not reach, as an administrator and as a custody worker, including
 * forms showing their errors, so axe-core scans every kind of page the service has.
 */
class PagesBrowserTest extends BrowserTestSupport {

    @Test
    void administratorPages() {
        signIn("admin", "demo");
        visit("/admin/users");
        click("Create a user");
        click("Create user");
        assertThat(driver().getTitle()).startsWith("Error: ");
        visit("/admin/users?q=custody");
        click("Casey Demo");
        click("Change details");
        visit("/admin/users?q=custody");
        click("Casey Demo");
        click("Reset password");
        click("Reset password");
        assertThat(driver().getTitle()).startsWith("Error: ");
        visit("/admin/teams");
        click("Create a team");
        click("Create team");
        assertThat(driver().getTitle()).startsWith("Error: ");
        visit("/admin/teams");
        click("Leeds probation team");
        visit("/admin/audit?from.day=31&from.month=2&from.year=2026");
        assertThat(driver().getTitle()).startsWith("Error: ");
        visit("/admin/audit");
        visit("/admin/reference-data");
        visit("/admin/custody-suites");
        click("Add a custody suite");
        clickSubmit();
        assertThat(driver().getTitle()).startsWith("Error: ");
        visit("/admin/custody-suites");
        clickElement(By.cssSelector("table.govuk-table tbody a"));
        String suitePath = currentPath();
        assertThat(driver().findElement(By.id("notification-conditions")).getText())
                .isEqualTo("Notification conditions");
        click("Add a notification condition");
        clickSubmit();
        assertThat(driver().getTitle()).startsWith("Error: Add a notification condition");
        visit(suitePath);
        clickElement(By.cssSelector("main table.govuk-table tbody a"));
        assertThat(heading()).isEqualTo("Change a notification condition");
        visit("/admin/providers");
        click("Add a provider");
        clickSubmit();
        assertThat(driver().getTitle()).startsWith("Error: Add a provider");
        visit("/admin/offences");
        visit("/admin/tested-substances");
        visit("/no-such-page");
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(scannedPages()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void custodyWorkerPages() {
        signIn("custody", "demo");
        visit("/caseload");
        visit("/people?q=a");
        clickElement(By.cssSelector("table.govuk-table tbody a"));
        assertThat(driver().findElement(By.cssSelector(".govuk-caption-l")).getText())
                .isEqualTo("Person");
        String personPath = currentPath();
        clickContaining("Change");
        fillIn("givenName", "");
        click("Save changes");
        assertThat(driver().getTitle()).startsWith("Error: ");
        visit(personPath);
        click("Manage case");
        click("Transfer case");
        assertThat(driver().getTitle()).startsWith("Error: ");
        visit(personPath);
        click("Record a drug test");
        click("Record drug test");
        assertThat(driver().getTitle()).startsWith("Error: ");
        visit(personPath);
        click("Merge with another record of this person");
        fillIn("q", "a");
        click("Search");
        clickElement(By.xpath("//table//a[normalize-space()='Compare']"));
        assertThat(heading()).isEqualTo("Merge two records of one person");

        // Consent, recorded from the person page and shown there at a glance.
        visit(personPath);
        click("Record consent");
        click("Record consent");
        assertThat(driver().getTitle()).startsWith("Error: Record consent");
        // Housing: the one kind of sharing the demo data never records, so it is not already current.
        choose("What did the person consent to?", "Sharing information with housing services");
        choose("How did they give consent?", "Verbally");
        java.time.ZonedDateTime given = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/London"))
                .minusMinutes(5);
        fillIn("date", String.valueOf(given.getDayOfMonth()));
        fillIn("date-month", String.valueOf(given.getMonthValue()));
        fillIn("date-year", String.valueOf(given.getYear()));
        fillIn("time", given.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
        click("Record consent");
        assertThat(driver().findElement(By.id("consent"))
                        .findElement(By.xpath("following-sibling::dl[1]"))
                        .getText())
                .contains("housing services");
        visit("/people?dob.day=40&dob.month=1&dob.year=1990");
        assertThat(driver().getTitle()).startsWith("Error: ");
        assertThat(scannedPages()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void managerPages() {
        signIn("manager", "demo");
        visit("/people?q=e");
        clickElement(By.cssSelector("table.govuk-table tbody a"));
        assertThat(driver().findElement(By.cssSelector(".govuk-caption-l")).getText())
                .isEqualTo("Person");
        assertThat(driver().findElements(By.linkText("Record a drug test")))
                .as("managers read, not record")
                .isEmpty();
    }
}
