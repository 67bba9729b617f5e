package org.throughcare.referral;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.Person;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Referrals on PostgreSQL: consent gating (refused without consent, sent with it, sent on an audited lawful
 * basis), under-18s, the receiving team's case and lists, steps in order and by the right side, and the forms.
 */
@IntegrationTest
@Import(Fixtures.class)
class ReferralIntegrationTest {

    @Autowired
    ReferralService referrals;

    @Autowired
    ConsentService consents;

    @Autowired
    Providers providers;

    @Autowired
    PersonAccess access;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    SignedInUser custody;
    SignedInUser treatment;
    Provider treatmentProvider;
    Provider untracked;
    Person person;

    @BeforeEach
    void setUp() {
        custody = data.user(Role.CUSTODY_WORKER, "West Yorkshire");
        Team treatmentTeam = data.team("Leeds");
        treatment = data.user(Role.TREATMENT_WORKER, treatmentTeam);
        treatmentProvider = provider(ServiceKind.COMMUNITY_DRUG_TREATMENT, treatmentTeam.getId());
        untracked = provider(ServiceKind.HOUSING_SUPPORT, null);
        person = data.person(custody, Fixtures.details().born(LocalDate.of(1990, 3, 1)));
    }

    @Test
    void withoutConsentTheReferralIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> referrals.send(referral(treatmentProvider, null, null), custody))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("lawfulBasis");
                            assertThat(v.getMessage())
                                    .startsWith(
                                            "The person had no consent to sharing information with a treatment provider in force when the referral was sent");
                        }));
        assertThat(count("select count(*) from referral where person_id = ?")).isZero();
        assertThat(access.canView(treatment, person.getId())).isFalse();
    }

    @Test
    void withConsentItIsSentAndTheReceivingTeamCanSeeThePersonAndAcknowledgeIt() {
        consent(Agency.TREATMENT_PROVIDER);

        Referral sent = referrals.send(referral(treatmentProvider, null, null), custody);

        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(sent.getToTeamId()).isEqualTo(treatment.teamId());
        assertThat(access.canView(treatment, person.getId())).isTrue();
        assertThat(referrals
                        .incomingAwaiting(treatment, 0, 10, ReferralService.ListOrder.OLDEST)
                        .getContent())
                .extracting(Referral::getId)
                .containsExactly(sent.getId());
        assertThat(referrals
                        .outgoingAwaiting(custody, 0, 10, ReferralService.ListOrder.OLDEST)
                        .getContent())
                .extracting(Referral::getId)
                .containsExactly(sent.getId());
        assertThat(count("select count(*) from audit_event where record_type = 'Referral' and action = 'CREATE'"
                        + " and summary like '%on the person''s consent' and summary like 'Referral of person ' || ?"
                        + " || ' %'"))
                .isEqualTo(1);

        referrals.record(sent.getId(), ReferralStep.ACKNOWLEDGED, hoursAgo(20), null, 0, treatment);

        assertThat(referrals.incomingAwaiting(treatment, 0, 10, ReferralService.ListOrder.OLDEST))
                .isEmpty();
        assertThat(referrals.outgoingAwaiting(custody, 0, 10, ReferralService.ListOrder.OLDEST))
                .isEmpty();
        assertThat(referrals
                        .incomingInProgress(treatment, 0, 10, ReferralService.ListOrder.OLDEST)
                        .getContent())
                .extracting(Referral::getId)
                .containsExactly(sent.getId());
    }

    @Test
    void onALawfulBasisItIsSentWithoutConsentAndTheBasisAndReasonAreAuditedAndShown() throws Exception {
        Referral sent = referrals.send(
                referral(treatmentProvider, LawfulBasis.VITAL_INTERESTS, "Overdose risk tonight"), custody);

        assertThat(sent.getLawfulBasis()).isEqualTo(LawfulBasis.VITAL_INTERESTS);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Referral' and record_id = ?"
                                + " and summary like '%lawful basis: To protect the person''s life or prevent"
                                + " serious harm: Overdose risk tonight'",
                        Integer.class, String.valueOf(sent.getId())))
                .isEqualTo(1);
        Document page = page(get("/referrals/" + sent.getId()), custody);
        assertThat(page.text())
                .contains("Without consent, on a lawful basis: To protect the person's life or prevent serious harm."
                        + " Reason: Overdose risk tonight");
    }

    @Test
    void consentGivenOnlyAfterTheReferralWasSentDoesNotCoverIt() {
        consents.record(
                person.getId(),
                List.of(new ConsentItem(ConsentSubject.SHARING, Agency.TREATMENT_PROVIDER)),
                ConsentMethod.VERBAL,
                hoursAgo(10),
                custody);

        assertThatThrownBy(() -> referrals.send(referral(treatmentProvider, null, null), custody))
                .hasMessageContaining("in force when the referral was sent");
        assertThat(referrals
                        .send(
                                new NewReferral(
                                        person.getId(),
                                        treatmentProvider.getId(),
                                        ReferralStage.CUSTODY,
                                        "Sent after consent",
                                        Urgency.ROUTINE,
                                        hoursAgo(9),
                                        null,
                                        null),
                                custody)
                        .status())
                .isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aLawfulBasisNeedsAReason() {
        assertThatThrownBy(() -> referrals.send(referral(treatmentProvider, LawfulBasis.SAFEGUARDING, " "), custody))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolationException::field)
                                .containsExactly("lawfulBasisReason"));
    }

    @Test
    void anUnder18GoesToTheYouthOffendingTeamAndOnlyThere() {
        Person child = data.person(
                custody, Fixtures.details().born(TestClock.TODAY.minusYears(15).minusDays(10)));
        consent(child, Agency.TREATMENT_PROVIDER, Agency.YOUTH_JUSTICE);
        Provider youth = provider(ServiceKind.YOUTH_OFFENDING, null);

        assertThatThrownBy(() -> referrals.send(referral(child, treatmentProvider, null, null), custody))
                .hasMessageContaining("The person was 15 when referred: refer them to the youth offending team");
        assertThat(referrals.send(referral(child, youth, null, null), custody).getService())
                .isEqualTo(ServiceKind.YOUTH_OFFENDING);
        consent(Agency.YOUTH_JUSTICE);
        assertThatThrownBy(() -> referrals.send(referral(youth, null, null), custody))
                .hasMessageContaining("the youth offending team takes under-18s only");
    }

    @Test
    void thePersonPageSumsUpTheReferralsWithTheLatestAndItsStatus() throws Exception {
        consent(Agency.TREATMENT_PROVIDER, Agency.HOUSING);
        referrals.send(referral(treatmentProvider, null, null), custody);
        Referral housing = referrals.send(referral(untracked, null, null), custody);
        referrals.record(housing.getId(), ReferralStep.ACKNOWLEDGED, hoursAgo(20), null, 0, custody);
        referrals.record(housing.getId(), ReferralStep.REJECTED_BY_SERVICE, hoursAgo(10), "Out of area", 1, custody);

        Document page = Jsoup.parse(mvc.perform(get("/people/" + person.getId()).with(user(custody)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#referrals ~ dl").first().text())
                .contains("Referrals 2 made, 1 still open")
                .contains("Latest referral " + untracked.getName() + " (Housing support), sent 16 June 2026:"
                        + " Rejected by the service");
        assertThat(page.select("#referrals ~ dl a").attr("href")).isEqualTo("/referrals/" + housing.getId());
    }

    @Test
    void stepsGoInOrderByTheRightSideAndTheReferrerTracksAProviderWithoutATeam() {
        consent(Agency.TREATMENT_PROVIDER, Agency.HOUSING);
        Referral toTreatment = referrals.send(referral(treatmentProvider, null, null), custody);

        assertThatThrownBy(() ->
                        referrals.record(toTreatment.getId(), ReferralStep.ENGAGED, hoursAgo(1), null, 0, treatment))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Throwable::getMessage)
                                .containsExactly("“First appointment attended” can't be recorded yet: record"
                                        + " acknowledged and assessed first"));
        assertThatThrownBy(() ->
                        referrals.record(toTreatment.getId(), ReferralStep.ACKNOWLEDGED, hoursAgo(1), null, 0, custody))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.record(
                        toTreatment.getId(), ReferralStep.WITHDRAWN, hoursAgo(1), "Remanded", 0, treatment))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.record(
                        toTreatment.getId(), ReferralStep.ACKNOWLEDGED, hoursAgo(30), null, 0, treatment))
                .hasMessageStartingWith("The time must be after the referral was sent");

        Referral housing = referrals.send(referral(untracked, null, null), custody);
        referrals.record(housing.getId(), ReferralStep.ACKNOWLEDGED, hoursAgo(20), null, 0, custody);
        Referral closed = referrals.record(
                housing.getId(), ReferralStep.REJECTED_BY_SERVICE, hoursAgo(10), "Out of area", 1, custody);
        assertThat(closed.status()).isEqualTo(ReferralStatus.REJECTED_BY_SERVICE);
        assertThat(jdbc.queryForObject(
                        "select closed_outcome || ':' || closed_reason from referral where id = ?",
                        String.class,
                        housing.getId()))
                .isEqualTo("REJECTED_BY_SERVICE:Out of area");
    }

    @Test
    void theDatabaseRefusesAStepWithoutTheOneBeforeIt() {
        consent(Agency.TREATMENT_PROVIDER);
        Referral sent = referrals.send(referral(treatmentProvider, null, null), custody);

        assertThatThrownBy(() -> jdbc.update(
                        "update referral set engaged_at = now(), engaged_by = 'x' where id = ?", sent.getId()))
                .hasMessageContaining("referral_engaged_in_order");
    }

    @Test
    void theFormShowsEveryProblemThenSendsAndTheStepFormsRecord() throws Exception {
        String url = "/people/" + person.getId() + "/referrals/new";
        Document empty = page(post(url).param("fromStage", "").param("urgency", ""), custody);
        assertThat(empty.title()).startsWith("Error: Make a referral");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#providerId", "#fromStage", "#urgency", "#reason", "#date", "#time");

        Document noConsent = page(filled(post(url)), custody);
        assertThat(noConsent.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#lawfulBasis");

        consent(Agency.TREATMENT_PROVIDER);
        String location = mvc.perform(filled(post(url)).with(user(custody)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successMessage", "Referral sent to " + treatmentProvider.getName()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

        Document asReceiver = page(get(location), treatment);
        assertThat(asReceiver
                        .select("a[href=/referrals/" + id + "/acknowledged]")
                        .text())
                .isEqualTo("Record acknowledgement");
        Document asReferrer = page(get(location), custody);
        assertThat(asReferrer.select("a[href=/referrals/" + id + "/withdrawn]").text())
                .isEqualTo("Withdraw the referral");
        assertThat(asReferrer.select("a[href=/referrals/" + id + "/acknowledged]"))
                .isEmpty();

        Document tooEarly = page(
                post(location + "/acknowledged")
                        .param("version", "0")
                        .param("date.day", "1")
                        .param("date.month", "1")
                        .param("date.year", "2026")
                        .param("time", "09:00"),
                treatment);
        assertThat(tooEarly.title()).startsWith("Error: Record acknowledgement");
        assertThat(tooEarly.select(".govuk-error-summary__list").text())
                .startsWith("The time must be after the referral was sent");

        mvc.perform(when(post(location + "/acknowledged").param("version", "0"), "17", "10:00")
                        .with(user(treatment))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successMessage", "Recorded: acknowledged"));
        Document withdrawWithoutReason =
                page(when(post(location + "/withdrawn").param("version", "1"), "17", "11:00"), custody);
        assertThat(withdrawWithoutReason.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#reason");

        mvc.perform(get(location + "/acknowledged").with(user(treatment)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "errorMessage",
                                org.hamcrest.Matchers.startsWith("“Acknowledged” can't be recorded now")));
        mvc.perform(get(url).with(user(data.user(Role.MANAGER, "West Yorkshire"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/referrals?list=incoming").with(user(treatment))).andExpect(status().isOk());
        assertThat(page(get("/people/" + person.getId() + "/timeline"), treatment)
                        .select(".app-timeline")
                        .text())
                .contains("Referred to " + treatmentProvider.getName())
                .contains("acknowledged");
    }

    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return when(
                request.param("providerId", String.valueOf(treatmentProvider.getId()))
                        .param("fromStage", "CUSTODY")
                        .param("urgency", "URGENT")
                        .param("reason", "Positive for opiates; asks for a script"),
                "17",
                "09:00");
    }

    private static MockHttpServletRequestBuilder when(MockHttpServletRequestBuilder request, String day, String time) {
        return request.param("date.day", day)
                .param("date.month", "6")
                .param("date.year", "2026")
                .param("time", time);
    }

    private Document page(MockHttpServletRequestBuilder request, SignedInUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private NewReferral referral(Provider provider, LawfulBasis basis, String why) {
        return referral(person, provider, basis, why);
    }

    private static NewReferral referral(Person who, Provider provider, LawfulBasis basis, String why) {
        return new NewReferral(
                who.getId(),
                provider.getId(),
                ReferralStage.CUSTODY,
                "Positive for cocaine; wants help",
                Urgency.ROUTINE,
                hoursAgo(24),
                basis,
                why);
    }

    private void consent(Agency... agencies) {
        consent(person, agencies);
    }

    private void consent(Person who, Agency... agencies) {
        consents.record(
                who.getId(),
                java.util.Arrays.stream(agencies)
                        .map(a -> new ConsentItem(ConsentSubject.SHARING, a))
                        .toList(),
                ConsentMethod.WRITTEN,
                hoursAgo(48),
                custody);
    }

    private Provider provider(ServiceKind service, Long teamId) {
        return providers.create(
                new ProviderDetails("Provider " + Fixtures.unique(), service, null, null, null, teamId, true, 0));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, person.getId());
    }

    private static Instant hoursAgo(int hours) {
        return TestClock.NOW.minus(Duration.ofHours(hours));
    }
}
