package org.throughcare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custody drug worker's journey: add a person (after a validation error), record a positive test
 * on arrest, require an initial assessment, record that the person failed to attend, and find the
 * failure on the worklist waiting for the police to be told. Every page is scanned with axe-core.
 */
class CustodyBrowserTest extends BrowserTestSupport {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    void custodyWorkerRecordsAPositiveTestAndAFailureToAttend() {
        String family =
                "Brontë" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        ZonedDateTime arrested =
                ZonedDateTime.now(UK).minusHours(3).withSecond(0).withNano(0);
        ZonedDateTime sample = arrested.plusMinutes(30);
        ZonedDateTime appointment = arrested.plusHours(2);
        ZonedDateTime recorded = ZonedDateTime.now(UK).minusMinutes(1);

        signIn("custody", "demo");
        assertThat(currentPath()).isEqualTo("/custody");

        click("Find a person");
        click("Add a person");
        fillIn("givenName", "Jade");
        fillIn("familyName", family);
        fillIn("dateOfBirth", "14");
        fillIn("dateOfBirth-month", "2");
        fillIn("dateOfBirth-year", "1989");
        choose("Stated sex", "Female");
        fillIn("nhsNumber", "943 476 5910");
        click("Add person");

        assertThat(driver().getTitle()).startsWith("Error: Add a person");
        assertThat(driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter a real NHS number");
        assertThat(driver().findElement(By.id("nhsNumber")).getAttribute("value"))
                .isEqualTo("943 476 5910");

        fillIn("nhsNumber", "943 476 5919");
        click("Add person");
        assertThat(heading()).isEqualTo("Jade " + family);

        click("Add a custody record number");
        click("Add custody record number");
        assertThat(driver().getTitle()).startsWith("Error: Add a custody record number");
        assertThat(driver().findElement(By.id("forceId-error")).getText())
                .contains("Select the police force that gave the custody record number");
        String custodyNumber = "WY" + System.nanoTime() % 1_000_000;
        fillIn("number", custodyNumber);
        select("forceId", "West Yorkshire");
        click("Add custody record number");
        assertThat(heading()).isEqualTo("Jade " + family);
        assertThat(driver().findElement(By.id("custody-record-numbers"))
                        .findElement(By.xpath("following-sibling::table[1]"))
                        .getText())
                .contains(custodyNumber)
                .contains("West Yorkshire");

        click("Record a custody event");
        select("suiteId", "Leeds District custody suite");
        fillDate("arrestDate", arrested);
        fillIn("arrestTime", arrested.format(TIME));
        choose("Offences", "Theft (trigger offence)");
        choose("When was the test?", "On arrest");
        choose("Outcome", "Tested");
        fillDate("sampleDate", sample);
        fillIn("sampleTime", sample.format(TIME));
        choose("Type of sample", "Oral fluid");
        choose("Opiates (heroin)", "Positive");
        choose("Cocaine (including crack)", "Negative");
        click("Record custody event");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Positive");

        click("Book initial assessment");
        fillDate("appointmentDate", appointment);
        fillIn("appointmentTime", appointment.format(TIME));
        fillIn("place", "City centre drug service hub");
        fillIn("assessorName", "Robin Ellery");
        fillDate("noticeDate", sample);
        fillIn("noticeTime", sample.plusMinutes(10).format(TIME));
        click("Book assessment");

        clickContaining("Record outcome");
        choose("What happened?", "Failed to attend");
        fillDate("date", recorded);
        fillIn("time", recorded.format(TIME));
        click("Record outcome");

        click("Worklist");
        String failures = driver().findElement(
                        By.xpath(
                                "//h2[starts-with(normalize-space(), 'Failures to tell the police about')]/following-sibling::table[1]"))
                .getText();
        assertThat(failures).contains("Jade " + family).contains("Failed to attend");
        assertThat(scannedPages()).as("every page visited was scanned").hasSizeGreaterThanOrEqualTo(10);
    }

    private void fillDate(String field, ZonedDateTime when) {
        fillIn(field, String.valueOf(when.getDayOfMonth()));
        fillIn(field + "-month", String.valueOf(when.getMonthValue()));
        fillIn(field + "-year", String.valueOf(when.getYear()));
    }
}
