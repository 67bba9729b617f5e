package org.throughcare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Liaison and Diversion practitioner receives a referral for someone the custody team recorded: the record
 * is closed to them until they open a case for their team and say why; their area's manager then sees that
 * opening, with the reason.
 */
class CaseAccessBrowserTest extends BrowserTestSupport {

    @Test
    void aPractitionerOpensACaseSayingWhyAndTheManagerSeesIt() {
        signIn("liaison", "demo");
        visit("/people?q=a");
        clickElement(By.xpath("//tr[.//strong[normalize-space()='No case']]//a"));
        assertThat(heading()).isEqualTo("Your team has no case with this person");
        String personPath = currentPath();

        click("Open a case for my team");
        assertThat(driver().getTitle()).startsWith("Error: ");
        assertThat(driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select why your team is starting work with this person");

        choose("Why is your team starting work with this person?", "Referral received");
        fillIn("detail", "Referred by the custody sergeant after a welfare check");
        click("Open a case for my team");
        assertThat(currentPath()).isEqualTo(personPath);
        assertThat(driver().findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Case opened for Leeds Liaison and Diversion");
        String name = heading();
        signOut();

        signIn("manager", "demo");
        click("Case openings");
        assertThat(heading()).isEqualTo("Cases opened to gain access");
        assertThat(driver().findElement(By.cssSelector("table.govuk-table tbody"))
                        .getText())
                .contains(name)
                .contains("liaison")
                .contains("Referral received: Referred by the custody sergeant after a welfare check");
        assertThat(scannedPages()).hasSizeGreaterThanOrEqualTo(7);
    }
}
