package org.throughcare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From custody into treatment: the custody worker records a positive test on arrest, the person's consent and
 * a referral to community treatment; the treatment worker finds it on their home page, acknowledges it, records
 * the assessment and the first appointment attended; the person's timeline shows arrest to engagement with the
 * days between; the treatment worker then starts the treatment episode from the referral with its first
 * intervention. Every page is scanned with axe-core.
 */
class ReferralBrowserTest extends BrowserTestSupport {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void custodyWorkerRefersAndTreatmentWorkerRecordsEngagement() {
        ZonedDateTime now = ZonedDateTime.now(UK).withSecond(0).withNano(0);
        ZonedDateTime arrested = now.minusDays(3);
        ZonedDateTime consented = now.minusDays(2).minusHours(1);
        ZonedDateTime sent = now.minusDays(2);
        ZonedDateTime acknowledged = sent.plusHours(3);
        ZonedDateTime assessed = now.minusDays(1);
        ZonedDateTime engaged = now.minusHours(1);

        signIn("custody", "demo");
        addPerson("Robin", LocalDate.of(1988, 5, 9));
        String name = heading();
        click("Record a drug test");
        recordTest(arrested, "On arrest", "Positive", "Negative");
        click("Back");

        // Without consent the referral is refused, and the page says what to do.
        click("Make a referral");
        select("providerId", "Northgate Community Recovery Service (Community drug treatment)");
        fillIn("reason", "Positive for opiates on arrest; wants a prescribing assessment");
        fillWhen(sent);
        click("Send referral");
        assertThat(driver().getTitle()).startsWith("Error: Make a referral");
        assertThat(driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains(
                        "The person had no consent to sharing information with a treatment provider in force when the referral was sent");
        clickContaining("Cancel");

        click("Record consent");
        choose("What did the person consent to?", "Assessment and treatment");
        choose("What did the person consent to?", "Sharing information with a treatment provider");
        choose("How did they give consent?", "In writing");
        fillWhen(consented);
        click("Record consent");

        click("Make a referral");
        select("providerId", "Northgate Community Recovery Service (Community drug treatment)");
        fillIn("reason", "Positive for opiates on arrest; wants a prescribing assessment");
        fillWhen(sent);
        click("Send referral");
        assertThat(heading()).isEqualTo("Referral to Northgate Community Recovery Service");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Referral sent to Northgate Community Recovery Service")
                .contains("With the person's consent to sharing with a treatment provider")
                .contains("The next step is for the receiving team to record.");
        signOut();

        signIn("treatment", "demo");
        assertThat(currentPath()).isEqualTo("/treatment");
        click(name);
        click("Record acknowledgement");
        fillWhen(acknowledged);
        click("Record acknowledgement");
        click("Record the assessment");
        fillWhen(assessed);
        click("Record the assessment");
        click("Record the first appointment attended");
        fillWhen(engaged);
        click("Record the first appointment attended");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Recorded: first appointment attended")
                .contains("Engaged");

        click("See the person’s pathway timeline");
        assertThat(heading()).isEqualTo("Pathway timeline");
        String stages = driver().findElement(By.xpath("//caption[normalize-space()='Days between key stages']/.."))
                .getText();
        assertThat(stages)
                .contains("Arrest Referral " + days(arrested, sent))
                .contains("Referral Engagement " + days(sent, engaged))
                .contains("Arrest Engagement " + days(arrested, engaged));
        assertThat(driver().findElement(By.cssSelector(".app-timeline__item--current"))
                        .getText())
                .contains("first appointment attended")
                .contains("Current stage");
    }

    private static long days(ZonedDateTime from, ZonedDateTime to) {
        return Duration.between(from, to).toDays();
    }
}
