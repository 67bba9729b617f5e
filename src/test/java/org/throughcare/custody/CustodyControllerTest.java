package org.throughcare.custody;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.Fixtures;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The custody pages through Spring MVC and Spring Security, on the real database (clock at 17 June 2026). */
class CustodyControllerTest extends CustodyTestSupport {

    @Autowired
    MockMvc mvc;

    SignedInUser worker;
    CustodySuite suite;
    Person person;

    @BeforeEach
    void setUp() {
        worker = signedIn(Role.CUSTODY_WORKER, "Cumbria");
        suite = suite("Cumbria", LocalDate.of(2020, 1, 1));
        person = person(worker, LocalDate.of(1990, 3, 1));
    }

    @Test
    void theFormOffersMyForcesSuitesTriggerOffencesFirstAndOneQuestionPerSubstance() throws Exception {
        CustodySuite elsewhere = suite("Gwent", LocalDate.of(2020, 1, 1));

        Document page = page(get("/people/" + person.getId() + "/custody/new"));

        assertThat(page.title()).isEqualTo("Record a drug test in custody – Throughcare");
        assertThat(page.select("select#suiteId option").eachText())
                .contains(suite.getName())
                .doesNotContain(elsewhere.getName());
        assertThat(page.select("input[name=offenceIds] + label").first().text()).endsWith("(trigger offence)");
        allResults(TestResult.NEGATIVE)
                .keySet()
                .forEach(code -> assertThat(page.select("input[name=results[" + code + "]]"))
                        .hasSize(2));
        assertThat(page.select("#inspectorName-hint").text()).contains("When no trigger offence applies");
        assertThat(page.select("details.govuk-details").hasAttr("open"))
                .as("closed until needed")
                .isFalse();
        assertThat(page.select("input[name=testStage][value=ON_CHARGE]").attr("data-app-reveal"))
                .isEqualTo("charge-details");
        assertThat(page.select("#charge-details.govuk-radios__conditional input#chargeTime"))
                .hasSize(1);
        assertThat(page.select("input[name=outcome][value=TESTED]").attr("data-app-reveal"))
                .isEqualTo("results-details");
    }

    @Test
    void recordingATestFromTheWorklistStartsByFindingThePerson() throws Exception {
        assertThat(page(get("/custody")).select("a[href=/custody/tests/new]").text())
                .isEqualTo("Record a drug test");

        Document empty = page(get("/custody/tests/new"));
        assertThat(empty.select("h1").text()).isEqualTo("Find the person tested");
        assertThat(empty.select("table")).isEmpty();
        assertThat(empty.select("a[href=/people/new]")).isNotEmpty();

        String family = Fixtures.uniqueLetters();
        Person named = fixtures.person(
                worker, Fixtures.details().named("Robin", family).born(LocalDate.of(1985, 2, 3)));
        Document found = page(get("/custody/tests/new").param("q", family));
        assertThat(found.select("table a").eachAttr("href"))
                .containsExactly("/people/" + named.getId() + "/custody/new");
        assertThat(found.select("table th").eachText()).containsExactly("Name", "Date of birth", "PNC ID", "Action");

        Document nobody = page(get("/custody/tests/new").param("q", "Nobodyqqxz"));
        assertThat(nobody.select("h2").text()).contains("No one found");

        Document tooLong = page(get("/custody/tests/new").param("q", "x".repeat(101)));
        assertThat(tooLong.title()).startsWith("Error: ");
        mvc.perform(get("/custody/tests/new").with(user(signedIn(Role.PROBATION_OFFICER, "Cumbria"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordsAnEventAndShowsItWithItsActions() throws Exception {
        MockHttpServletRequestBuilder request =
                validEvent(post("/people/" + person.getId() + "/custody/new"), "09:15", "10:00");
        allResults(TestResult.POSITIVE).keySet().forEach(code -> request.param("results[" + code + "]", "POSITIVE"));

        MvcResult result = mvc.perform(request.with(user(worker)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/custody/events/*"))
                .andExpect(flash().attribute("successMessage", "Test on arrest recorded"))
                .andReturn();

        Document event = page(get(result.getResponse().getRedirectedUrl()));
        assertThat(event.select("h1").text()).isEqualTo("Test on arrest");
        assertThat(event.select(".govuk-summary-list").text()).contains(suite.getName(), "On arrest", "Tested");
        assertThat(event.select("a:contains(Send for confirmation)"))
                .hasSize(allResults(TestResult.POSITIVE).size());
        assertThat(event.select("a:contains(Book initial assessment)")).hasSize(1);

        // The person page summarises custody from one statement and links to the whole history.
        Document personPage = page(get("/people/" + person.getId()));
        String summary = personPage
                .select("section[aria-labelledby=custody] .govuk-summary-list")
                .text();
        assertThat(summary).contains("Drug tests in custody 1 test, 1 positive").contains(suite.getName());
        assertThat(personPage
                        .select("section[aria-labelledby=custody] a:contains(Open)")
                        .attr("href"))
                .isEqualTo(result.getResponse().getRedirectedUrl());
        assertThat(personPage.select("table:has(caption:contains(Drug tests in custody))"))
                .isEmpty();
        assertThat(personPage.select("a:contains(Record a drug test)").attr("href"))
                .isEqualTo("/people/" + person.getId() + "/custody/new");
        assertThat(personPage
                        .select("section[aria-labelledby=custody] a:contains(All drug tests)")
                        .attr("href"))
                .isEqualTo("/people/" + person.getId() + "/custody");

        Document history = page(get("/people/" + person.getId() + "/custody"));
        assertThat(history.title()).startsWith("Custody: " + person.fullName());
        assertThat(history.select("table:has(caption:contains(Drug tests in custody)) tbody tr"))
                .hasSize(1);
        assertThat(history.select("table:has(caption:contains(Drug tests in custody)) strong.govuk-tag--red")
                        .text())
                .isEqualTo("Positive");
        assertThat(history.select("a:contains(Record a drug test)").attr("href"))
                .isEqualTo("/people/" + person.getId() + "/custody/new");
    }

    @Test
    void anEmptyFormComesBackWithErrorsInPageOrderAndSavesNothing() throws Exception {
        Document page = page(post("/people/" + person.getId() + "/custody/new").param("_offenceIds", "on"));

        assertThat(page.title()).isEqualTo("Error: Record a drug test in custody – Throughcare");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#suiteId", "#arrestDate", "#arrestTime", "#offenceIds", "#testStage", "#outcome");
        assertThat(page.select("#arrestTime-error").text()).isEqualTo("Error: Enter the time of arrest");
        assertThat(countEvents()).isZero();
    }

    /** The authorisation fields sit in a closed details element, opened when the rules ask for them. */
    @Test
    void withoutATriggerOffenceTheAuthorisationOpensWithItsErrors() throws Exception {
        MockHttpServletRequestBuilder request =
                validEvent(post("/people/" + person.getId() + "/custody/new"), "09:15", "10:00", nonTriggerOffence());
        allResults(TestResult.NEGATIVE).keySet().forEach(code -> request.param("results[" + code + "]", "NEGATIVE"));

        Document page = page(request);

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .contains("#inspectorName", "#inspectorRank", "#authorisationGrounds");
        assertThat(page.select("details.govuk-details").hasAttr("open")).isTrue();
        assertThat(countEvents()).isZero();
    }

    @Test
    void aBrokenRuleIsShownNextToItsFieldAndSavesNothing() throws Exception {
        Person fifteen = person(worker, LocalDate.of(2011, 1, 1));
        MockHttpServletRequestBuilder request =
                validEvent(post("/people/" + fifteen.getId() + "/custody/new"), "9:15am", "25:00");
        allResults(TestResult.NEGATIVE).keySet().forEach(code -> request.param("results[" + code + "]", "NEGATIVE"));

        Document formatError = page(request);
        assertThat(formatError.select("#sampleTime-error").text())
                .isEqualTo("Error: Time the sample was taken must be a real time, for example 14:30");
        assertThat(formatError.select("input#arrestTime").attr("value")).isEqualTo("9:15am");

        MockHttpServletRequestBuilder fixed =
                validEvent(post("/people/" + fifteen.getId() + "/custody/new"), "9:15am", "10:00");
        allResults(TestResult.NEGATIVE).keySet().forEach(code -> fixed.param("results[" + code + "]", "NEGATIVE"));
        Document ruleError = page(fixed);
        assertThat(ruleError.title()).startsWith("Error: ");
        assertThat(ruleError.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#testStage");
        assertThat(ruleError.select("#testStage-error").text()).contains("The person was 15 on the day of arrest");
        assertThat(jdbc.queryForObject(
                        "select count(*) from custody_event where person_id = ?", Integer.class, fifteen.getId()))
                .isZero();
    }

    @Test
    void theOutcomeFormRecordsWhatHappenedAndRefusesAResultForAFailure() throws Exception {
        CustodyEvent event = events.record(
                tested(person.getId(), suite, Instant.parse("2026-06-10T09:00:00Z"), TestResult.POSITIVE), worker);
        RequiredAssessment initial = assessments.book(
                event.getId(),
                new AssessmentBooking(
                        AssessmentKind.INITIAL,
                        Instant.parse("2026-06-16T09:00:00Z"),
                        "Carlisle hub",
                        Instant.parse("2026-06-10T11:00:00Z"),
                        "Sam",
                        true,
                        "PS 1234 Clarke"),
                worker);
        String url = "/custody/assessments/" + initial.getId() + "/outcome";

        assertThat(page(get(url)).select("h1").text()).isEqualTo("Record the outcome of the initial assessment");
        mvc.perform(get("/custody/assessments/" + initial.getId() + "/police-told")
                        .with(user(worker)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "errorMessage",
                                "Only tell the police when the person failed to attend or did not remain"));

        Document error = page(post(url)
                .param("outcome", "FAILED_TO_ATTEND")
                .param("result", "CARE_PLAN")
                .param("date.day", "16")
                .param("date.month", "6")
                .param("date.year", "2026")
                .param("time", "10:00"));
        assertThat(error.title()).startsWith("Error: ");
        assertThat(error.select("#result-error").text())
                .isEqualTo("Error: Only record a result when the person attended and remained");

        mvc.perform(post(url)
                        .param("outcome", "FAILED_TO_ATTEND")
                        .param("date.day", "16")
                        .param("date.month", "6")
                        .param("date.year", "2026")
                        .param("time", "10:00")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/custody/events/" + event.getId()));
        assertThat(jdbc.queryForObject(
                        "select outcome from required_assessment where id = ?", String.class, initial.getId()))
                .isEqualTo("FAILED_TO_ATTEND");

        Document eventPage = page(get("/custody/events/" + event.getId()));
        assertThat(eventPage.select(".govuk-summary-card__actions a").text()).startsWith("Record police told");

        // A second outcome is refused as an action: back to the event with the reason.
        mvc.perform(post(url)
                        .param("outcome", "DID_NOT_REMAIN")
                        .param("date.day", "16")
                        .param("date.month", "6")
                        .param("date.year", "2026")
                        .param("time", "11:00")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorMessage", "The outcome of this assessment is already recorded"));
    }

    @Test
    void anAssessmentThatLedToAReferralGoesOnToMakeTheReferralFromCustody() throws Exception {
        CustodyEvent event = events.record(
                tested(person.getId(), suite, Instant.parse("2026-06-10T09:00:00Z"), TestResult.POSITIVE), worker);
        RequiredAssessment initial = assessments.book(
                event.getId(),
                new AssessmentBooking(
                        AssessmentKind.INITIAL,
                        Instant.parse("2026-06-16T09:00:00Z"),
                        "Carlisle hub",
                        Instant.parse("2026-06-10T11:00:00Z"),
                        "Sam",
                        true,
                        "PS 1234 Clarke"),
                worker);

        String referralForm = "/people/" + person.getId() + "/referrals/new?from=CUSTODY";
        mvc.perform(post("/custody/assessments/" + initial.getId() + "/outcome")
                        .param("outcome", "ATTENDED_AND_REMAINED")
                        .param("result", "REFERRAL")
                        .param("date.day", "16")
                        .param("date.month", "6")
                        .param("date.year", "2026")
                        .param("time", "10:00")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(referralForm))
                .andExpect(flash().attribute(
                                "successMessage",
                                "Outcome of the initial assessment recorded. Now make the referral it led to"));
        assertThat(page(get(referralForm))
                        .select("input[name=fromStage][checked]")
                        .val())
                .isEqualTo("CUSTODY");
    }

    @Test
    void theWorklistListsTodaysWorkWithLinksAndSaysWhenThereIsNone() throws Exception {
        CustodyEvent event =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(3600), TestResult.NEGATIVE), worker);

        Document home = page(get("/custody"));
        assertThat(home.select("#tests-today a[href=/custody/events/" + event.getId() + "]"))
                .hasSize(1);
        assertThat(home.select("#tests-today a[href=/people/" + person.getId() + "]")
                        .text())
                .isEqualTo("Alex Custody" + suffix);

        SignedInUser nowhere = signedIn(Role.CUSTODY_WORKER, "Dyfed-Powys");
        String empty = mvc.perform(get("/custody").with(user(nowhere)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(empty).select("#tests-today").text()).contains("No tests recorded today at your suites");
        assertThat(Jsoup.parse(empty).select("#tests-today table")).isEmpty();
    }

    @Test
    void onlyCustodyWorkersMayRecordAndOnlyCustodyWorkersAndManagersMayRead() throws Exception {
        SignedInUser probation = signedIn(Role.PROBATION_OFFICER, "Cumbria");
        SignedInUser manager = signedIn(Role.MANAGER, "Cumbria");
        CustodyEvent event =
                events.record(tested(person.getId(), suite, NOW.minusSeconds(3600), TestResult.NEGATIVE), worker);

        mvc.perform(get("/people/" + person.getId() + "/custody/new").with(user(probation)))
                .andExpect(status().isForbidden());
        mvc.perform(validEvent(post("/people/" + person.getId() + "/custody/new"), "09:15", "10:00")
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/custody").with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/custody/events/" + event.getId()).with(user(probation)))
                .andExpect(status().isForbidden());

        String managerView = mvc.perform(get("/custody/events/" + event.getId()).with(user(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(managerView).select("a:contains(Send for confirmation)"))
                .isEmpty();
    }

    private MockHttpServletRequestBuilder validEvent(
            MockHttpServletRequestBuilder request, String arrestTime, String sampleTime) {
        return validEvent(request, arrestTime, sampleTime, triggerOffence());
    }

    private MockHttpServletRequestBuilder validEvent(
            MockHttpServletRequestBuilder request, String arrestTime, String sampleTime, Long offenceId) {
        return request.param("suiteId", String.valueOf(suite.getId()))
                .param("arrestDate.day", "17")
                .param("arrestDate.month", "6")
                .param("arrestDate.year", "2026")
                .param("arrestTime", arrestTime)
                .param("offenceIds", String.valueOf(offenceId))
                .param("testStage", "ON_ARREST")
                .param("outcome", "TESTED")
                .param("sampleDate.day", "17")
                .param("sampleDate.month", "6")
                .param("sampleDate.year", "2026")
                .param("sampleTime", sampleTime)
                .param("sampleType", "ORAL_FLUID")
                .param("refusalWarningGiven", "true");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(user(worker)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private int countEvents() {
        return jdbc.queryForObject(
                "select count(*) from custody_event where person_id = ?", Integer.class, person.getId());
    }
}
