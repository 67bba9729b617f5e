package org.throughcare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probation officer's journey through an order with a DRR: the order is refused without the person's
 * willingness to comply, then recorded; the compliance checklist is completed; an unacceptable absence gets a
 * warning; a second one is told that breach action is required, and the breach is recorded; the caseload's tag
 * turns red. Every page is scanned with axe-core.
 */
class ProbationBrowserTest extends BrowserTestSupport {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void probationOfficerSupervisesADrrThroughWarningToBreach() {
        ZonedDateTime now = ZonedDateTime.now(UK).withSecond(0).withNano(0);
        ZonedDateTime sentenced = now.minusDays(20);

        signIn("probation", "demo");
        addPerson("Morgan", LocalDate.of(1985, 2, 14));
        String name = heading();

        click("Record a court order");
        choose("Type of order", "Community order");
        select("courtId", "Leeds Magistrates' Court");
        fillDate("sentencedOn", sentenced);
        fillDate("startsOn", sentenced);
        fillDate("endsOn", sentenced.plusMonths(12));
        choose("Offences", "Theft");
        choose("Requirements of the order", "Drug rehabilitation requirement (DRR)");
        select("drrProviderId", "Northgate Community Recovery Service");
        fillIn("drrPlace", "Northgate hub, 1 Market Row, Leeds");
        choose("Residence", "Non-resident");
        fillIn("drrPeriodMonths", "6");
        fillIn("drrTestsPerMonth", "4");
        choose("Has the court ordered reviews?", "Yes");
        click("Record order");
        assertThat(driver().getTitle()).startsWith("Error: Record a court order");
        assertThat(driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the date the person expressed willingness to comply with the DRR");

        fillDate("drrWillingnessOn", sentenced.minusDays(5));
        click("Record order");
        assertThat(heading()).isEqualTo("Community order: DRR");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Order recorded")
                .contains("Active");
        String orderPath = currentPath();

        click("Complete the checklist");
        for (String barrier : new String[] {
            "appointment scheduling and timing",
            "family or other commitments",
            "medical conditions",
            "childcare responsibilities",
            "travel logistics (cost, distance, route)",
            "housing",
            "work or training hours",
            "literacy or language",
            "mental health",
            "phone or digital access"
        }) {
            choose(
                    "Is " + barrier + " a barrier for the person?",
                    barrier.equals("childcare responsibilities") ? "Yes" : "No");
        }
        fillIn("barriers[3].detail", "Sole carer of a child at primary school");
        fillIn("barriers[3].strategy", "Appointments in school hours, 10am to 2pm");
        choose("Did the person agree to the checklist and its strategies?", "Yes");
        fillDate("agreedOn", now);
        click("Save checklist");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Appointments in school hours, 10am to 2pm");
        visit(orderPath);

        // A first unacceptable absence: no warning in the last 12 months, so the officer chooses, and warns.
        ZonedDateTime first = now.minusDays(10).withHour(10).withMinute(0);
        scheduleAndMiss(first);
        assertThat(heading()).isEqualTo("Decide on a warning or breach");
        choose("Decision", "Warning");
        fillDate("decidedOn", first.plusDays(1));
        click("Record decision");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Warning letter due by");

        // A second one within 12 months of the warning: breach action is required, and is recorded.
        ZonedDateTime second = now.minusDays(3).withHour(11).withMinute(0);
        scheduleAndMiss(second);
        assertThat(heading()).isEqualTo("Breach action is required");
        assertThat(driver().findElements(By.xpath("//legend[normalize-space()='Decision']")))
                .isEmpty();
        fillDate("decidedOn", second.plusDays(1));
        click("Record breach action");
        assertThat(driver().findElement(By.cssSelector("section[aria-labelledby=enforcement]"))
                        .getText())
                .contains("Breach in progress");

        // Every past appointment, a page at a time (the order page shows the latest ten).
        visit(orderPath + "/appointments");
        assertThat(heading()).isEqualTo("Past appointments");
        assertThat(driver().findElements(By.cssSelector("main tbody tr"))).hasSize(2);

        click("Home");
        WebElement row = driver().findElement(By.xpath("//tr[.//a[normalize-space()=" + literal(name) + "]]"));
        WebElement tag = row.findElement(By.cssSelector(".govuk-tag"));
        assertThat(tag.getText()).isEqualTo("Breach in progress");
        assertThat(tag.getAttribute("class")).contains("govuk-tag--red");
    }

    /** Schedules a supervision appointment at the time given, then records it as an unacceptable absence. */
    private void scheduleAndMiss(ZonedDateTime when) {
        click("Schedule an appointment");
        choose("Kind of appointment", "Supervision");
        fillWhen(when);
        fillIn("place", "Leeds Probation Office, Albion Street");
        fillIn("withWhom", "Pat Demo");
        click("Schedule appointment");
        click("Record outcome");
        choose("Outcome", "Unacceptable absence");
        click("Record outcome");
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "") + "'";
    }
}
