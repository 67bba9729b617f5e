package org.throughcare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.throughcare.person.identifier.PncId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

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
        String family = "Brontë" + org.throughcare.Fixtures.uniqueLetters().toLowerCase(java.util.Locale.UK);
        ZonedDateTime arrested =
                ZonedDateTime.now(UK).minusHours(3).withSecond(0).withNano(0);
        ZonedDateTime sample = arrested.plusMinutes(30);
        ZonedDateTime appointment = arrested.plusHours(2);
        ZonedDateTime recorded = ZonedDateTime.now(UK).minusMinutes(1);

        signIn("custody", "demo");
        assertThat(currentPath()).isEqualTo("/custody");

        // Recording a test starts from the worklist by finding the person; not found, so added.
        click("Record a drug test");
        fillIn("q", family);
        click("Search");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("No one found");
        clickElement(By.cssSelector("a.govuk-button[href='/people/new']"));
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
        // Typed as a PNC print writes it: short year, no slash, no leading zeros.
        int serial = 1_000_000 + (int) (System.nanoTime() % 8_000_000);
        String pnc = PncId.withCheckLetter(2014, serial);
        fillIn("pncId", "14" + serial + pnc.charAt(pnc.length() - 1));
        click("Add person");
        assertThat(heading()).isEqualTo("Jade " + family);
        assertThat(driver().findElement(By.xpath("//dt[normalize-space()='PNC ID']/following-sibling::dd"))
                        .getText())
                .isEqualTo(pnc);

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

        click("Record a drug test");
        select("suiteId", "Leeds District custody suite");
        fillDate("arrestDate", arrested);
        fillIn("arrestTime", arrested.format(TIME));
        // The offences narrow as the worker types; ticked ones stay in view.
        fillIn("offences-filter", "theft");
        assertThat(driver().findElement(By.id("offences-filter-status")).getText())
                .endsWith("shown");
        assertThat(driver().findElement(By.xpath("//label[normalize-space()='Common assault']"))
                        .isDisplayed())
                .isFalse();
        choose("Offences", "Theft (trigger offence)");
        choose("When was the test?", "On arrest");
        choose(
                "Before the sample was requested, was the person warned that refusing without good cause is an offence?",
                "Yes");
        choose("Outcome", "Tested");
        fillDate("sampleDate", sample);
        fillIn("sampleTime", sample.format(TIME));
        choose("Type of sample", "Oral fluid");
        fillIn("sampleReference", "SEAL-000451");
        fillIn("sampleTakenBy", "DDP Sam Northcott");
        choose("Opiates (heroin)", "Positive");
        choose("Cocaine (including crack)", "Negative");
        click("Record drug test");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Positive")
                .contains("SEAL-000451")
                .contains("DDP Sam Northcott");
        clickContaining("Print the test record (DT1)");
        assertThat(heading()).isEqualTo("Drug test record: test on arrest");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("SEAL-000451");
        click("Back");

        // The custody record number was missed: corrected, with the original kept struck through.
        click("Correct this test");
        fillIn("custodyRecordNumber", "WY/0451/26");
        fillIn("reason", "Custody record number missed at the time");
        click("Save correction");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Custody record number: none → WY/0451/26")
                .contains("Custody record number missed at the time");

        click("Book initial assessment");
        fillDate("appointmentDate", appointment);
        fillIn("appointmentTime", appointment.format(TIME));
        fillIn("place", "City centre drug service hub");
        fillIn("assessorName", "Robin Ellery");
        // Date and time from one instant: ten minutes after a sample at 23:55 is the next day.
        fillDate("noticeDate", sample.plusMinutes(10));
        fillIn("noticeTime", sample.plusMinutes(10).format(TIME));
        choose("Did the notice warn that failing to attend or remain without good cause is an offence?", "Yes");
        fillIn("imposedBy", "PS 2041 Okafor");
        click("Book assessment");

        // Both requirements are imposed together: the notice (RA1) says so, with the warning.
        clickContaining("Print the notice (RA1)");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("You are also required to attend a follow-up assessment")
                .contains("you commit an offence");
        click("Back");

        // The police move the appointment half an hour later with a further notice (RA2).
        clickContaining("Change appointment");
        ZonedDateTime moved = appointment.plusMinutes(30);
        fillDate("appointmentDate", moved);
        fillIn("appointmentTime", moved.format(TIME));
        fillIn("place", "Leeds recovery hub");
        fillDate("noticeDate", sample.plusMinutes(20));
        fillIn("noticeTime", sample.plusMinutes(20).format(TIME));
        click("Change appointment");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Appointment changed")
                .contains("Leeds recovery hub");
        clickContaining("Print the further notice (RA2)");
        assertThat(heading()).isEqualTo("Further notice: change of appointment");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Leeds recovery hub");
        click("Back");

        // They attend the moved initial assessment; before it ends the assessor gives written notice of the
        // follow-up (s13(7)), which they fail to attend.
        ZonedDateTime initialEnded = recorded.minusMinutes(10);
        ZonedDateTime followUpNotice = initialEnded.minusMinutes(5);
        ZonedDateTime followUp = recorded.minusMinutes(5);
        clickContaining("Record outcome");
        choose("What happened?", "Attended and remained");
        choose("Result of the assessment", "Care plan");
        fillDate("date", initialEnded);
        fillIn("time", initialEnded.format(TIME));
        click("Record outcome");

        click("Book follow-up assessment");
        fillDate("appointmentDate", followUp);
        fillIn("appointmentTime", followUp.format(TIME));
        fillIn("place", "Leeds recovery hub");
        fillIn("assessorName", "Robin Ellery");
        fillDate("noticeDate", followUpNotice);
        fillIn("noticeTime", followUpNotice.format(TIME));
        choose("Did the notice warn that failing to attend or remain without good cause is an offence?", "Yes");
        fillIn("imposedBy", "Robin Ellery, initial assessor");
        click("Book assessment");
        clickContaining("Print the notice (RA4/RA5)");
        assertThat(heading()).isEqualTo("Notice of requirement to attend a follow-up assessment");
        click("Back");

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
        assertThat(failures).contains("Jade " + family).contains("Follow-up").contains("Failed to attend");

        clickElement(By.xpath("//tr[td[contains(normalize-space(), 'Jade " + family
                + "')]]//a[normalize-space()='Record police told']"));
        fillIn("officerName", "PC Jordan Ellis");
        fillIn("collarNumber", "4417");
        choose("How was the officer told?", "By telephone");
        fillDate("date", ZonedDateTime.now(UK));
        fillIn("time", ZonedDateTime.now(UK).format(TIME));
        click("Record police told");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("PC Jordan Ellis (collar number 4417), by telephone");
        clickContaining("Print the statement of failure");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Failed to attend")
                .contains("PC Jordan Ellis (collar number 4417), by telephone");
        assertThat(scannedPages()).as("every page visited was scanned").hasSizeGreaterThanOrEqualTo(18);
    }

    /** Drugs Act 2005 s9(4): a 15-year-old positive on charge is never offered a required assessment. */
    @Test
    void aYoungPersonTestedPositiveOnChargeIsNotOfferedAnAssessment() {
        ZonedDateTime arrested =
                ZonedDateTime.now(UK).minusHours(3).withSecond(0).withNano(0);
        signIn("custody", "demo");
        addPerson("Rowan", LocalDate.now(UK).minusYears(15).minusDays(40));

        click("Record a drug test");
        recordTest(arrested, "On charge", "Positive", "Negative");

        String main = driver().findElement(By.tagName("main")).getText();
        assertThat(main).contains("under 18 on the day of arrest").contains("youth offending team");
        assertThat(main).contains("Appropriate adult present").contains("Charged");
        assertThat(driver().findElements(By.linkText("Book initial assessment")))
                .isEmpty();

        // Recorded against the wrong stage: voided, and kept on the record struck through.
        click("Void this test");
        fillIn("reason", "Recorded as on charge in error; the test was on arrest at another force");
        fillDate("date", ZonedDateTime.now(UK));
        fillIn("time", ZonedDateTime.now(UK).format(TIME));
        click("Void test");
        assertThat(driver().findElement(By.cssSelector(".govuk-warning-text")).getText())
                .contains("This test was voided as recorded in error");
    }

    /**
     * Drugs Act 2005 s16: an adult positive for cocaine disputes it; the initial assessment is booked once the
     * lab has had five working days; the lab does not confirm cocaine, so the requirement ends, with why.
     */
    @Test
    void aLabNegativeEndsTheRequirement() {
        ZonedDateTime arrested = ZonedDateTime.now(UK)
                .minusDays(10)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        signIn("custody", "demo");
        addPerson("Morgan", LocalDate.of(1986, 7, 3));

        click("Record a drug test");
        recordTest(arrested, "On arrest", "Negative", "Positive");

        click("Send for confirmation");
        fillDate("date", arrested);
        fillIn("time", "12:00");
        click("Send for confirmation");

        click("Book initial assessment");
        ZonedDateTime appointment =
                ZonedDateTime.now(UK).plusDays(1).withHour(10).withMinute(0);
        fillDate("appointmentDate", appointment);
        fillIn("appointmentTime", "10:00");
        fillIn("place", "City centre drug service hub");
        fillIn("assessorName", "Robin Ellery");
        fillDate("noticeDate", arrested);
        fillIn("noticeTime", "12:30");
        choose("Did the notice warn that failing to attend or remain without good cause is an offence?", "Yes");
        fillIn("imposedBy", "PS 2041 Okafor");
        click("Book assessment");

        click("Record confirmed result");
        choose("Confirmed result for Cocaine (including crack)", "Negative");
        fillDate("date", ZonedDateTime.now(UK).minusDays(1));
        fillIn("time", "09:00");
        click("Record confirmed result");

        String main = driver().findElement(By.tagName("main")).getText();
        assertThat(main)
                .contains("Negative, confirmed by lab")
                .contains("Requirement ended")
                .contains("The lab did not confirm the positive result (Drugs Act 2005 s16)");
        assertThat(driver().findElements(By.partialLinkText("Record outcome"))).isEmpty();
    }
}
