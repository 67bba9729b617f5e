package org.throughcare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Liaison and Diversion practitioner's journey: screen someone at court, record the assessment, make an
 * onward referral to mental health on a lawful basis, close the screening as referred on, record a diversion
 * scheme; the timeline shows the assessment and the referral as key stages. Every page is scanned with axe-core.
 */
class LiaisonBrowserTest extends BrowserTestSupport {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void practitionerScreensAssessesAndRefersOn() {
        ZonedDateTime now = ZonedDateTime.now(UK).withSecond(0).withNano(0);

        signIn("liaison", "demo");
        assertThat(currentPath()).isEqualTo("/liaison");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Tested in custody today: people to screen")
                .contains("Screenings and assessments in progress");

        addPerson("Alex", LocalDate.of(1994, 11, 3));
        click("Record a screening");
        click("Record screening");
        assertThat(driver().getTitle()).startsWith("Error: Screen for Liaison and Diversion");
        choose("Where was the person seen?", "Court");
        fillWhen(now.minusHours(3));
        choose("Which needs did the screening find?", "Mental health");
        choose("Which needs did the screening find?", "Substance use");
        choose("Risk", "Medium");
        click("Record screening");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Screening recorded")
                .contains("Substance use, mental health")
                .contains("Screened: assessment to do");

        click("Record the assessment");
        fillWhen(now.minusHours(2));
        click("Record the assessment");
        click("Make an onward referral");
        select("providerId", "Hillside Mental Health Team (Mental health)");
        fillIn("reason", "Hearing voices since a bereavement; asks for help");
        fillWhen(now.minusMinutes(90));
        select("lawfulBasis", "Safeguarding a child or an adult at risk");
        fillIn("lawfulBasisReason", "At risk of self-harm tonight; could not consent while distressed");
        click("Send referral");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Referral sent to Hillside Mental Health Team")
                .contains("Hillside Mental Health Team (Mental health)");

        click("Record the outcome");
        choose("Outcome", "Referred on");
        fillWhen(now.minusHours(1));
        click("Record the outcome of the screening");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Ended: referred on");

        click("See the person’s pathway timeline");
        assertThat(driver().findElement(By.xpath("//caption[normalize-space()='Days between key stages']/.."))
                        .getText())
                .contains("Assessment Referral 0");
        assertThat(driver().findElement(By.cssSelector(".app-timeline")).getText())
                .contains("Liaison and Diversion assessment")
                .contains("Referred to Hillside Mental Health Team");

        click("Back");
        click("Record a diversion");
        choose("Kind", "Police-led diversion scheme");
        fillIn("scheme", "West Yorkshire drug diversion scheme");
        fillIn("conditions", "Attend a drug awareness session");
        fillDate("givenOn", now.minusDays(1));
        fillDate("deadline", now.plusDays(27));
        click("Record diversion");
        // The person page summarises the diversion; its own page lists every one.
        assertThat(driver().findElement(By.id("diversions"))
                        .findElement(By.xpath("following-sibling::dl[1]"))
                        .getText())
                .contains("1 recorded, 1 open")
                .contains("Police-led diversion scheme: West Yorkshire drug diversion scheme")
                .contains("Record the outcome");
        click("All diversions");
        assertThat(heading()).isEqualTo("Diversion and out-of-court disposals");
        assertThat(driver().findElement(By.id("diversions"))
                        .findElement(By.xpath("following-sibling::table[1]"))
                        .getText())
                .contains("Police-led diversion scheme: West Yorkshire drug diversion scheme")
                .contains("Record the outcome");
    }
}
