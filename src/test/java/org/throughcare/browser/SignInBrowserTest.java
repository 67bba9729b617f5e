package org.throughcare.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out as each demo user, and the errors a wrong or empty sign-in gets. */
class SignInBrowserTest extends BrowserTestSupport {

    /** The display names DemoData gives its users. */
    private static final Map<Role, String> DEMO_NAMES = Map.of(
            Role.CUSTODY_WORKER, "Casey Demo",
            Role.LIAISON_DIVERSION, "Lee Demo",
            Role.PROBATION_OFFICER, "Pat Demo",
            Role.TREATMENT_WORKER, "Terry Demo",
            Role.MANAGER, "Morgan Demo",
            Role.ADMIN, "Ash Demo");

    /** Headings of the error pages, which a role's home page must not be (the admin pages may not exist yet). */
    private static final List<String> ERROR_HEADINGS = List.of(
            "Page not found",
            "You do not have permission to see this page",
            "Sorry, there is a problem with the service");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void eachDemoUserSignsInToTheirHomePageAndSignsOut(Role role) {
        signIn(DemoUsernames.of(role), DemoUsernames.PASSWORD);

        assertThat(currentPath()).isEqualTo(role.homePath());
        assertThat(heading()).isNotBlank();
        if (role != Role.ADMIN) {
            assertThat(heading()).isNotIn(ERROR_HEADINGS);
        }
        assertThat(driver().findElement(By.cssSelector(".app-account-bar__user"))
                        .getText())
                .contains(DEMO_NAMES.get(role));

        signOut();

        assertThat(currentPath()).isEqualTo("/sign-in");
        assertThat(heading()).isEqualTo("Sign in to Throughcare");
        assertThat(driver().findElement(By.cssSelector(".govuk-notification-banner--success"))
                        .getText())
                .contains("You have signed out");
        assertThat(driver().findElements(By.cssSelector(".app-account-bar"))).isEmpty();
        assertThat(scannedPages()).containsExactly("/sign-in", role.homePath(), "/sign-in?signedOut");
    }

    @Test
    void aWrongPasswordIsRefused() {
        signIn("custody", "not-the-password");

        assertThat(currentPath()).isEqualTo("/sign-in");
        assertThat(driver().getTitle()).startsWith("Error: ");
        WebElement summary = driver().findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Enter a correct username and password");
        WebElement link = summary.findElement(By.linkText("Enter a correct username and password"));
        assertThat(link.getDomAttribute("href")).isEqualTo("#username");
        WebElement username = driver().findElement(By.id("username"));
        assertThat(username.getDomProperty("value")).isEqualTo("custody");
        assertThat(username.getDomAttribute("class")).contains("govuk-input--error");
        assertThat(driver().findElement(By.id("password")).getDomProperty("value"))
                .isEmpty();
        assertThat(driver().findElements(By.cssSelector(".app-account-bar"))).isEmpty();
        assertThat(scannedPages()).containsExactly("/sign-in", "/sign-in");
    }

    @Test
    void anEmptyFormAsksForTheUsername() {
        visit("/sign-in");
        click("Sign in");

        assertThat(currentPath()).isEqualTo("/sign-in");
        assertThat(driver().getTitle()).startsWith("Error: ");
        WebElement summary = driver().findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter your username");
        assertThat(summary.findElement(By.linkText("Enter your username")).getDomAttribute("href"))
                .isEqualTo("#username");
        assertThat(driver().findElement(By.id("username-error")).getText()).contains("Enter your username");
        assertThat(scannedPages()).containsExactly("/sign-in", "/sign-in");
    }
}
