package org.throughcare.custody;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The success path, the error path and the role check of each custody action form: send for confirmation,
 * confirmed result, book an assessment, cancel the follow-up, police told. Same Spring context as the other
 * custody tests (clock at noon UK, Wednesday 17 June 2026).
 */
class CustodyActionFormsControllerTest extends CustodyTestSupport {

    /** 10:00 UK on 10 June 2026; the sample is taken half an hour later. */
    static final Instant ARRESTED = Instant.parse("2026-06-10T09:00:00Z");

    @Autowired
    MockMvc mvc;

    SignedInUser worker;
    SignedInUser manager;
    CustodySuite suite;
    Person person;
    CustodyEvent event;
    Long resultId;
    String substanceName;

    @BeforeEach
    void setUp() {
        worker = signedIn(Role.CUSTODY_WORKER, "Cumbria");
        manager = signedIn(Role.MANAGER, "Cumbria");
        suite = suite("Cumbria", LocalDate.of(2020, 1, 1));
        person = person(worker, LocalDate.of(1990, 3, 1));
        event = events.record(tested(person.getId(), suite, ARRESTED, TestResult.POSITIVE), worker);
        Map<String, Object> first = jdbc.queryForMap(
                "select r.id, s.name from drug_test_result r "
                        + "join tested_substance s on s.id = r.tested_substance_id where r.custody_event_id = ? order by r.id "
                        + "limit 1",
                event.getId());
        resultId = ((Number) first.get("id")).longValue();
        substanceName = (String) first.get("name");
    }

    // --- send for confirmation (dispute) ------------------------------------------------------------

    @Test
    void sendingASampleForConfirmationRecordsWhenItWent() throws Exception {
        assertThat(page(get("/custody/results/" + resultId + "/dispute"))
                        .select("h1")
                        .text())
                .isEqualTo("Send a sample for confirmation");

        mvc.perform(dated(post("/custody/results/" + resultId + "/dispute"), "date", "11", "6", "2026")
                        .param("time", "10:00")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/custody/events/" + event.getId()))
                .andExpect(flash().attribute("successMessage", substanceName + " sample sent for confirmation"));

        Map<String, Object> row = resultRow();
        assertThat(instant(row.get("disputed_at"))).isEqualTo(Instant.parse("2026-06-11T09:00:00Z"));
        assertThat(row.get("disputed_by")).isEqualTo(worker.username());
    }

    @Test
    void theDisputeFormShowsMissingAndImpossibleDatesAndSavesNothing() throws Exception {
        String url = "/custody/results/" + resultId + "/dispute";

        Document empty = page(post(url));
        assertErrorPage(empty, "Send a sample for confirmation");
        assertThat(summaryLinks(empty)).containsExactly("#date", "#time");
        assertThat(summaryText(empty, "#date")).isEqualTo("Enter the date the sample was sent");
        assertThat(summaryText(empty, "#time")).isEqualTo("Enter the time the sample was sent");

        // The sample was taken at 10:30 UK on 10 June: it cannot have gone to the lab the day before.
        Document beforeSample = page(dated(post(url), "date", "9", "6", "2026").param("time", "10:00"));
        assertErrorPage(beforeSample, "Send a sample for confirmation");
        assertThat(summaryLinks(beforeSample)).containsExactly("#date");
        assertThat(summaryText(beforeSample, "#date")).isEqualTo("The sample cannot be sent before it was taken");
        assertThat(beforeSample.select("input#date").attr("value")).isEqualTo("9");

        assertThat(resultRow().get("disputed_at")).isNull();
    }

    @Test
    void onlyCustodyWorkersMaySendASampleForConfirmation() throws Exception {
        mvc.perform(get("/custody/results/" + resultId + "/dispute").with(user(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(dated(post("/custody/results/" + resultId + "/dispute"), "date", "11", "6", "2026")
                        .param("time", "10:00")
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(resultRow().get("disputed_at")).isNull();
    }

    // --- confirmed result ---------------------------------------------------------------------------

    @Test
    void theConfirmedResultIsRecorded() throws Exception {
        events.disputeResult(resultId, Instant.parse("2026-06-11T09:00:00Z"), worker);
        assertThat(page(get("/custody/results/" + resultId + "/confirm"))
                        .select("h1")
                        .text())
                .contains("confirmed result");

        mvc.perform(dated(post("/custody/results/" + resultId + "/confirm"), "date", "15", "6", "2026")
                        .param("time", "14:00")
                        .param("confirmedResult", "NEGATIVE")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/custody/events/" + event.getId()))
                .andExpect(flash().attribute("successMessage", "Confirmed result for " + substanceName + " recorded"));

        Map<String, Object> row = resultRow();
        assertThat(row.get("confirmed_result")).isEqualTo("NEGATIVE");
        assertThat(instant(row.get("confirmed_at"))).isEqualTo(Instant.parse("2026-06-15T13:00:00Z"));
        assertThat(row.get("confirmed_by")).isEqualTo(worker.username());
    }

    @Test
    void theConfirmedResultFormShowsEachProblemAndSavesNothing() throws Exception {
        events.disputeResult(resultId, Instant.parse("2026-06-11T09:00:00Z"), worker);
        String url = "/custody/results/" + resultId + "/confirm";

        Document noResult = page(dated(post(url), "date", "15", "6", "2026").param("time", "14:00"));
        assertErrorPage(noResult, "Record the confirmed result");
        assertThat(summaryLinks(noResult)).containsExactly("#confirmedResult");
        assertThat(summaryText(noResult, "#confirmedResult")).isEqualTo("Select the confirmed result");

        Document beforeSent = page(dated(post(url), "date", "10", "6", "2026")
                .param("time", "14:00")
                .param("confirmedResult", "NEGATIVE"));
        assertErrorPage(beforeSent, "Record the confirmed result");
        assertThat(summaryLinks(beforeSent)).containsExactly("#date");
        assertThat(summaryText(beforeSent, "#date"))
                .isEqualTo("The confirmed result cannot be before the sample was sent on 11 June 2026");
        assertThat(beforeSent.select("input#confirmedResult-2[checked]")).hasSize(1);

        Map<String, Object> row = resultRow();
        assertThat(row.get("confirmed_result")).isNull();
        assertThat(row.get("confirmed_at")).isNull();
    }

    @Test
    void onlyCustodyWorkersMayRecordAConfirmedResult() throws Exception {
        events.disputeResult(resultId, Instant.parse("2026-06-11T09:00:00Z"), worker);
        mvc.perform(get("/custody/results/" + resultId + "/confirm").with(user(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(dated(post("/custody/results/" + resultId + "/confirm"), "date", "15", "6", "2026")
                        .param("time", "14:00")
                        .param("confirmedResult", "NEGATIVE")
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(resultRow().get("confirmed_result")).isNull();
    }

    // --- book an assessment -------------------------------------------------------------------------

    @Test
    void booksTheInitialAssessment() throws Exception {
        String url = "/custody/events/" + event.getId() + "/assessments/new?kind=INITIAL";
        assertThat(page(get(url)).select("h1").text()).isEqualTo("Book initial assessment");

        mvc.perform(booking(post(url), "19", "10:00").with(user(worker)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/custody/events/" + event.getId()))
                .andExpect(flash().attribute("successMessage", "Initial assessment booked"));

        Map<String, Object> row = assessmentRow("INITIAL");
        assertThat(instant(row.get("appointment_at"))).isEqualTo(Instant.parse("2026-06-19T09:00:00Z"));
        assertThat(row.get("place")).isEqualTo("Carlisle hub " + suffix);
        assertThat(row.get("assessor_name")).isEqualTo("Sam Assessor");
        assertThat(instant(row.get("notice_given_at"))).isEqualTo(Instant.parse("2026-06-10T10:00:00Z"));
    }

    @Test
    void anEmptyBookingFormListsEveryFieldInPageOrderAndSavesNothing() throws Exception {
        Document page = page(
                post("/custody/events/" + event.getId() + "/assessments/new").param("kind", "INITIAL"));

        assertErrorPage(page, "Book initial assessment");
        assertThat(summaryLinks(page))
                .containsExactly(
                        "#appointmentDate",
                        "#appointmentTime",
                        "#place",
                        "#assessorName",
                        "#noticeDate",
                        "#noticeTime",
                        "#warningGiven",
                        "#imposedBy");
        assertThat(summaryText(page, "#place")).isEqualTo("Enter where the assessment will happen");
        assertThat(summaryText(page, "#assessorName")).isEqualTo("Enter the name of the assessor");
        assertThat(countAssessments()).isZero();
    }

    /**
     * A sample sent to the lab on Thursday 11 June: five working days later is Thursday 18 June (the weekend
     * does not count), so Wednesday 17 June, six calendar days later, is refused and 18 June is accepted.
     */
    @Test
    void anAssessmentIsBookedAtLeastFiveWorkingDaysAfterADisputedSampleWasSent() throws Exception {
        // Every positive disputed: an undisputed one would found the requirement without waiting for the lab.
        jdbc.queryForList(
                        "select id from drug_test_result where custody_event_id = ? and result = 'POSITIVE'",
                        Long.class,
                        event.getId())
                .forEach(id -> events.disputeResult(id, Instant.parse("2026-06-11T09:00:00Z"), worker));
        String url = "/custody/events/" + event.getId() + "/assessments/new?kind=INITIAL";

        Document tooSoon = page(booking(post(url), "17", "15:00"));
        assertErrorPage(tooSoon, "Book initial assessment");
        assertThat(summaryLinks(tooSoon)).containsExactly("#appointmentDate");
        assertThat(summaryText(tooSoon, "#appointmentDate"))
                .isEqualTo("The appointment must be on or after "
                        + "18 June 2026, 5 working days after the disputed sample was sent to the lab");
        assertThat(tooSoon.select("#appointmentDate-error").text()).contains("18 June 2026");
        assertThat(tooSoon.select("input#appointmentDate").attr("value")).isEqualTo("17");
        assertThat(countAssessments()).isZero();

        mvc.perform(booking(post(url), "18", "09:30").with(user(worker)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/custody/events/" + event.getId()))
                .andExpect(flash().attribute("successMessage", "Initial assessment booked"));
        assertThat(instant(assessmentRow("INITIAL").get("appointment_at")))
                .isEqualTo(Instant.parse("2026-06-18T08:30:00Z"));
    }

    @Test
    void onlyCustodyWorkersMayBookAnAssessment() throws Exception {
        String url = "/custody/events/" + event.getId() + "/assessments/new?kind=INITIAL";
        mvc.perform(get(url).with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(booking(post(url), "19", "10:00").with(user(manager)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(countAssessments()).isZero();
    }

    // --- cancel the follow-up -----------------------------------------------------------------------

    @Test
    void theAssessorCancelsTheFollowUp() throws Exception {
        initialWithOutcome(AssessmentOutcome.ATTENDED_AND_REMAINED, AssessmentResult.CARE_PLAN);
        String url = "/custody/events/" + event.getId() + "/follow-up/cancel";
        assertThat(page(get(url)).select("h1").text()).containsIgnoringCase("cancel");

        mvc.perform(dated(post(url), "date", "15", "6", "2026")
                        .param("time", "09:00")
                        .param("reason", "Assessor found no further need " + suffix)
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/custody/events/" + event.getId()))
                .andExpect(flash().attribute("successMessage", "Follow-up assessment cancelled"));

        Map<String, Object> row = assessmentRow("FOLLOW_UP");
        assertThat(row.get("cancel_reason")).isEqualTo("Assessor found no further need " + suffix);
        assertThat(instant(row.get("cancelled_at"))).isEqualTo(Instant.parse("2026-06-15T08:00:00Z"));
        assertThat(row.get("cancelled_by")).isEqualTo(worker.username());
    }

    @Test
    void theCancelFormShowsEachProblemAndSavesNothing() throws Exception {
        initialWithOutcome(AssessmentOutcome.ATTENDED_AND_REMAINED, AssessmentResult.CARE_PLAN);
        String url = "/custody/events/" + event.getId() + "/follow-up/cancel";

        Document empty = page(post(url).param("reason", "  "));
        assertErrorPage(empty, "Cancel the follow-up assessment");
        assertThat(summaryLinks(empty)).containsExactly("#reason", "#date", "#time");
        assertThat(summaryText(empty, "#reason"))
                .isEqualTo("Enter why the assessor cancelled the follow-up assessment");

        // The initial assessment took place on 12 June: the follow-up cannot be cancelled before it.
        Document tooEarly = page(dated(post(url), "date", "11", "6", "2026")
                .param("time", "09:00")
                .param("reason", "Assessor found no further need"));
        assertErrorPage(tooEarly, "Cancel the follow-up assessment");
        assertThat(summaryLinks(tooEarly)).containsExactly("#date");
        assertThat(summaryText(tooEarly, "#date"))
                .isEqualTo("The follow-up cannot be cancelled before the initial assessment took place");
        assertThat(tooEarly.select("textarea#reason").text()).isEqualTo("Assessor found no further need");

        assertThat(jdbc.queryForObject(
                        "select count(*) from required_assessment where custody_event_id = ? "
                                + "and kind = 'FOLLOW_UP'",
                        Integer.class,
                        event.getId()))
                .isZero();
    }

    @Test
    void onlyCustodyWorkersMayCancelAFollowUp() throws Exception {
        initialWithOutcome(AssessmentOutcome.ATTENDED_AND_REMAINED, AssessmentResult.CARE_PLAN);
        String url = "/custody/events/" + event.getId() + "/follow-up/cancel";
        mvc.perform(get(url).with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(dated(post(url), "date", "15", "6", "2026")
                        .param("time", "09:00")
                        .param("reason", "Not needed")
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from required_assessment where custody_event_id = ? "
                                + "and kind = 'FOLLOW_UP'",
                        Integer.class,
                        event.getId()))
                .isZero();
    }

    // --- police told --------------------------------------------------------------------------------

    @Test
    void recordsThatThePoliceWereToldAboutAFailure() throws Exception {
        RequiredAssessment initial = initialWithOutcome(AssessmentOutcome.FAILED_TO_ATTEND, null);
        String url = "/custody/assessments/" + initial.getId() + "/police-told";
        assertThat(page(get(url)).select("h1").text()).containsIgnoringCase("police");

        mvc.perform(officer(dated(post(url), "date", "12", "6", "2026"))
                        .param("time", "15:00")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/custody/events/" + event.getId()))
                .andExpect(flash().attribute("successMessage", "Recorded that the police were told"));

        Map<String, Object> row = assessmentRow("INITIAL");
        assertThat(instant(row.get("police_notified_at"))).isEqualTo(Instant.parse("2026-06-12T14:00:00Z"));
        assertThat(row.get("police_notified_by")).isEqualTo(worker.username());
        assertThat(row.get("police_officer_name")).isEqualTo("PC Jordan Ellis");
        assertThat(row.get("police_collar_number")).isEqualTo("4417");
        assertThat(row.get("police_told_how")).isEqualTo("TELEPHONE");
        assertThat(page(get("/custody/events/" + event.getId()))
                        .select(".govuk-summary-card")
                        .text())
                .contains("PC Jordan Ellis (collar number 4417), by telephone");
    }

    @Test
    void thePoliceToldFormShowsEachProblemAndSavesNothing() throws Exception {
        RequiredAssessment initial = initialWithOutcome(AssessmentOutcome.FAILED_TO_ATTEND, null);
        String url = "/custody/assessments/" + initial.getId() + "/police-told";

        Document empty = page(post(url));
        assertErrorPage(empty, "Record that the police were told");
        assertThat(summaryLinks(empty)).containsExactly("#officerName", "#collarNumber", "#how", "#date", "#time");
        assertThat(summaryText(empty, "#date")).isEqualTo("Enter the date the police were told");

        Document badTime =
                page(officer(dated(post(url), "date", "12", "6", "2026")).param("time", "25:00"));
        assertErrorPage(badTime, "Record that the police were told");
        assertThat(summaryLinks(badTime)).containsExactly("#time");
        assertThat(badTime.select("input#time").attr("value")).isEqualTo("25:00");

        // The failure was recorded at 11:00 UK on 12 June.
        Document beforeFailure =
                page(officer(dated(post(url), "date", "11", "6", "2026")).param("time", "15:00"));
        assertErrorPage(beforeFailure, "Record that the police were told");
        assertThat(summaryLinks(beforeFailure)).containsExactly("#date");
        assertThat(summaryText(beforeFailure, "#date"))
                .isEqualTo("The police cannot be told before the failure on 12 June 2026");

        assertThat(assessmentRow("INITIAL").get("police_notified_at")).isNull();
    }

    @Test
    void onlyCustodyWorkersMayRecordThatThePoliceWereTold() throws Exception {
        RequiredAssessment initial = initialWithOutcome(AssessmentOutcome.DID_NOT_REMAIN, null);
        String url = "/custody/assessments/" + initial.getId() + "/police-told";
        SignedInUser probation = signedIn(Role.PROBATION_OFFICER, "Cumbria");
        mvc.perform(get(url).with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(dated(post(url), "date", "12", "6", "2026")
                        .param("time", "15:00")
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(dated(post(url), "date", "12", "6", "2026")
                        .param("time", "15:00")
                        .with(user(probation))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(assessmentRow("INITIAL").get("police_notified_at")).isNull();
    }

    // --- change an appointment, withdraw a requirement ---------------------------------------------

    /** The initial assessment booked for 10:00 UK on 18 June, notice given at 11:00 UK on 10 June. */
    private RequiredAssessment bookedInitial() {
        return assessments.book(
                event.getId(),
                new AssessmentBooking(
                        AssessmentKind.INITIAL,
                        Instant.parse("2026-06-18T09:00:00Z"),
                        "Carlisle hub",
                        Instant.parse("2026-06-10T10:00:00Z"),
                        "Sam",
                        true,
                        "PS 1234 Clarke"),
                worker);
    }

    @Test
    void aFurtherNoticeChangesTheAppointmentAndTheTestPageShowsBoth() throws Exception {
        RequiredAssessment initial = bookedInitial();
        String url = "/custody/assessments/" + initial.getId() + "/change";
        assertThat(page(get(url)).select("input#place").attr("value")).isEqualTo("Carlisle hub");

        mvc.perform(dated(dated(post(url), "appointmentDate", "19", "6", "2026"), "noticeDate", "16", "6", "2026")
                        .param("appointmentTime", "14:00")
                        .param("noticeTime", "09:30")
                        .param("place", "Penrith hub")
                        .param("reason", "Hospital appointment on the 18th")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/custody/events/" + event.getId()))
                .andExpect(flash().attribute("successMessage", "Initial assessment appointment changed"));

        assertThat(assessmentRow("INITIAL").get("place")).isEqualTo("Penrith hub");
        Document eventPage = page(get("/custody/events/" + event.getId()));
        assertThat(eventPage.select(".govuk-summary-card").text())
                .contains("Appointment changed")
                .contains("From 18 June 2026 at 10:00am at Carlisle hub")
                .contains("Hospital appointment on the 18th");
        assertThat(eventPage.select("a[href=/custody/assessments/" + initial.getId() + "/withdraw]"))
                .hasSize(1);

        Long changeId = jdbc.queryForObject(
                "select id from required_assessment_change where required_assessment_id = ?",
                Long.class,
                initial.getId());
        String ra2 = "/custody/events/" + event.getId() + "/assessments/" + initial.getId() + "/changes/" + changeId
                + "/notice";
        assertThat(eventPage.select("a[href=" + ra2 + "]").text())
                .startsWith("Print the further notice (RA2) of 16 June 2026 at 9:30am");
        Document furtherNotice = page(get(ra2));
        assertThat(furtherNotice.title()).startsWith("Further notice: change of appointment (RA2)");
        assertThat(furtherNotice.select("main").text())
                .contains("New appointment 19 June 2026 at 2:00pm")
                .contains("New place Penrith hub")
                .contains("It replaces 18 June 2026 at 10:00am at Carlisle hub")
                .contains("Reason for the change Hospital appointment on the 18th")
                .contains("you commit an offence");
        mvc.perform(get("/custody/events/" + event.getId() + "/assessments/" + initial.getId() + "/changes/"
                                + (changeId + 100_000) + "/notice")
                        .with(user(worker)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theChangeFormShowsEachProblemAndSavesNothing() throws Exception {
        RequiredAssessment initial = bookedInitial();
        String url = "/custody/assessments/" + initial.getId() + "/change";

        Document empty = page(post(url).param("place", ""));
        assertErrorPage(empty, "Change the appointment");
        assertThat(summaryLinks(empty))
                .containsExactly("#appointmentDate", "#appointmentTime", "#place", "#noticeDate", "#noticeTime");

        Document beforeFirstNotice =
                page(dated(dated(post(url), "appointmentDate", "19", "6", "2026"), "noticeDate", "9", "6", "2026")
                        .param("appointmentTime", "14:00")
                        .param("noticeTime", "09:30")
                        .param("place", "Penrith hub"));
        assertErrorPage(beforeFirstNotice, "Change the appointment");
        assertThat(summaryLinks(beforeFirstNotice)).containsExactly("#noticeDate");
        assertThat(jdbc.queryForObject(
                        "select count(*) from required_assessment_change where required_assessment_id = ?",
                        Integer.class,
                        initial.getId()))
                .isZero();
        assertThat(assessmentRow("INITIAL").get("place")).isEqualTo("Carlisle hub");
    }

    @Test
    void aWithdrawnRequirementEndsWithItsReasonAndTakesNoOutcome() throws Exception {
        RequiredAssessment initial = bookedInitial();
        String url = "/custody/assessments/" + initial.getId() + "/withdraw";

        Document empty = page(post(url));
        assertErrorPage(empty, "Withdraw the requirement");
        assertThat(summaryLinks(empty)).containsExactly("#reason", "#date", "#time");

        mvc.perform(dated(post(url), "date", "16", "6", "2026")
                        .param("time", "09:00")
                        .param("reason", "Charge dropped")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successMessage", "Initial assessment requirement withdrawn"));
        assertThat(assessmentRow("INITIAL").get("end_reason")).isEqualTo("withdrawn by the police: Charge dropped");

        mvc.perform(get("/custody/assessments/" + initial.getId() + "/outcome").with(user(worker)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "errorMessage", "This requirement ended: withdrawn by the police: Charge dropped"));
    }

    @Test
    void onlyCustodyWorkersMayChangeOrWithdrawARequirement() throws Exception {
        RequiredAssessment initial = bookedInitial();
        for (String action : List.of("change", "withdraw")) {
            String url = "/custody/assessments/" + initial.getId() + "/" + action;
            mvc.perform(get(url).with(user(manager))).andExpect(status().isForbidden());
            mvc.perform(post(url).param("reason", "x").with(user(manager)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(assessmentRow("INITIAL").get("ended_at")).isNull();
    }

    // --- void a test recorded in error --------------------------------------------------------------

    @Test
    void aTestRecordedInErrorIsVoidedStruckThroughAndItsOpenRequirementEnds() throws Exception {
        RequiredAssessment initial = bookedInitial();
        String url = "/custody/events/" + event.getId() + "/void";

        Document empty = page(post(url));
        assertErrorPage(empty, "Void this test");
        assertThat(summaryLinks(empty)).containsExactly("#reason", "#date", "#time");

        mvc.perform(dated(post(url), "date", "16", "6", "2026")
                        .param("time", "09:00")
                        .param("reason", "Recorded against the wrong person")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successMessage", "Test voided as recorded in error"));

        Map<String, Object> row = jdbc.queryForMap("select * from custody_event where id = ?", event.getId());
        assertThat(row.get("void_reason")).isEqualTo("Recorded against the wrong person");
        assertThat(row.get("voided_by")).isEqualTo(worker.username());
        assertThat(assessmentRow("INITIAL").get("end_reason")).isEqualTo("the test was voided as recorded in error");

        Document voided = page(get("/custody/events/" + event.getId()));
        assertThat(voided.select(".govuk-warning-text").text())
                .contains("This test was voided as recorded in error")
                .contains("Recorded against the wrong person");
        assertThat(voided.select(".app-voided .govuk-summary-list")).hasSize(1);
        assertThat(voided.select("a:contains(Void this test)")).isEmpty();
        assertThat(voided.select("a:contains(Send for confirmation)")).isEmpty();

        mvc.perform(get(url).with(user(worker)))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        flash().attribute("errorMessage", "This test was voided: Recorded against the wrong person"));
    }

    @Test
    void correctingATestShowsTheOriginalStruckThroughAndRefusesBadInput() throws Exception {
        String url = "/custody/events/" + event.getId() + "/correct";
        assertThat(page(get(url)).select("h1").text()).isEqualTo("Correct this test");

        Document noReason = page(post(url).param("custodyRecordNumber", "CU/77/26"));
        assertErrorPage(noReason, "Correct this test");
        assertThat(summaryLinks(noReason)).containsExactly("#reason");

        Document halfRelease =
                page(dated(post(url), "releaseDate", "16", "6", "2026").param("reason", "Released"));
        assertErrorPage(halfRelease, "Correct this test");
        assertThat(summaryLinks(halfRelease)).containsExactly("#releaseTime");

        mvc.perform(post(url)
                        .param("custodyRecordNumber", "CU/77/26")
                        .param("reason", "Typed from the wrong sheet")
                        .with(user(worker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/custody/events/" + event.getId()))
                .andExpect(flash().attribute("successMessage", "Test corrected"));

        Document corrected = page(get("/custody/events/" + event.getId()));
        assertThat(corrected.select("del").eachText()).containsExactly("none");
        assertThat(corrected.select("main").text())
                .contains("Custody record number: none → CU/77/26")
                .contains("Typed from the wrong sheet");
        mvc.perform(get(url).with(user(manager))).andExpect(status().isForbidden());
    }

    @Test
    void onlyCustodyWorkersMayVoidATest() throws Exception {
        String url = "/custody/events/" + event.getId() + "/void";
        mvc.perform(get(url).with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(post(url).param("reason", "x").with(user(manager)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select voided_at from custody_event where id = ?", Object.class, event.getId()))
                .isNull();
    }

    // --- printable documents ----------------------------------------------------------------------

    @Test
    void theNoticeOfRequirementPrintsTheAppointmentTheFollowUpAndTheWarning() throws Exception {
        RequiredAssessment initial = bookedInitial();
        String url = "/custody/events/" + event.getId() + "/assessments/" + initial.getId() + "/notice";
        long viewsBefore = views();

        Document notice = page(get(url));
        assertThat(notice.title()).startsWith("Notice of requirement (RA1)");
        assertThat(notice.select("h1").text()).isEqualTo("Notice of requirement to attend an initial assessment");
        assertThat(notice.select("main").text())
                .contains("18 June 2026 at 10:00am")
                .contains("Carlisle hub")
                .contains("PS 1234 Clarke")
                .contains("You are also required to attend a follow-up assessment")
                .contains("you commit an offence");
        assertThat(views()).isEqualTo(viewsBefore + 1);
        assertThat(page(get("/custody/events/" + event.getId())).select("a[href=" + url + "]"))
                .hasSize(1);

        mvc.perform(get(url).with(user(manager))).andExpect(status().isOk());
        mvc.perform(get(url).with(user(signedIn(Role.PROBATION_OFFICER, "Cumbria"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTestRecordPrintsEverythingRecordedAndIsAnAuditedView() throws Exception {
        String url = "/custody/events/" + event.getId() + "/record";
        long viewsBefore = views();

        Document record = page(get(url));
        assertThat(record.title()).startsWith("Drug test record (DT1)");
        assertThat(record.select("h1").text()).isEqualTo("Drug test record: test on arrest");
        assertThat(record.select("main").text())
                .contains("Custody suite " + suite.getName())
                .contains("Warned that refusing is an offence")
                .contains("Opiates")
                .contains("Failing without good cause to give a sample when required is an offence");
        assertThat(record.select("a:contains(Send for confirmation)")).isEmpty();
        assertThat(views()).isEqualTo(viewsBefore + 1);
        assertThat(page(get("/custody/events/" + event.getId()))
                        .select("a[href=" + url + "]")
                        .text())
                .isEqualTo("Print the test record (DT1)");

        mvc.perform(get(url).with(user(signedIn(Role.PROBATION_OFFICER, "Cumbria"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theStatementOfFailureNamesTheOfficerToldAndIsOnlyForAFailure() throws Exception {
        RequiredAssessment failed = initialWithOutcome(AssessmentOutcome.FAILED_TO_ATTEND, null);
        assessments.recordPoliceNotified(failed.getId(), Instant.parse("2026-06-12T14:00:00Z"), OFFICER, worker);
        String url = "/custody/events/" + event.getId() + "/assessments/" + failed.getId() + "/statement";

        Document statement = page(get(url));
        assertThat(statement.select("h1").text())
                .isEqualTo("Statement of a failure to attend or remain at a required assessment");
        assertThat(statement.select("main").text())
                .contains("Failed to attend")
                .contains("PC Jordan Ellis (collar number 4417), by telephone");

        CustodyEvent another = events.record(tested(person.getId(), suite, ARRESTED, TestResult.POSITIVE), worker);
        RequiredAssessment open = assessments.book(
                another.getId(),
                new AssessmentBooking(
                        AssessmentKind.INITIAL,
                        Instant.parse("2026-06-18T09:00:00Z"),
                        "Carlisle hub",
                        Instant.parse("2026-06-10T10:00:00Z"),
                        "Sam",
                        true,
                        "PS 1234 Clarke"),
                worker);
        mvc.perform(get("/custody/events/" + another.getId() + "/assessments/" + open.getId() + "/statement")
                        .with(user(worker)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "errorMessage",
                                "There is a statement only when the person failed to attend or did not remain"));
    }

    private long views() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where record_type = 'Custody event' and record_id = ? and action = 'VIEW'",
                Long.class,
                String.valueOf(event.getId()));
    }

    // --- helpers ------------------------------------------------------------------------------------

    /** The initial assessment, booked for 10:00 UK on 12 June, with its outcome recorded at 11:00 UK that day. */
    private RequiredAssessment initialWithOutcome(AssessmentOutcome outcome, AssessmentResult result) {
        RequiredAssessment initial = assessments.book(
                event.getId(),
                new AssessmentBooking(
                        AssessmentKind.INITIAL,
                        Instant.parse("2026-06-12T09:00:00Z"),
                        "Carlisle hub",
                        Instant.parse("2026-06-10T11:00:00Z"),
                        "Sam",
                        true,
                        "PS 1234 Clarke"),
                worker);
        return assessments.recordOutcome(
                initial.getId(), outcome, result, Instant.parse("2026-06-12T10:00:00Z"), worker);
    }

    /** A complete booking for an appointment in June 2026, notice given at 11:00 UK on 10 June. */
    private MockHttpServletRequestBuilder booking(
            MockHttpServletRequestBuilder request, String appointmentDay, String appointmentTime) {
        return dated(dated(request, "appointmentDate", appointmentDay, "6", "2026"), "noticeDate", "10", "6", "2026")
                .param("appointmentTime", appointmentTime)
                .param("noticeTime", "11:00")
                .param("place", "Carlisle hub " + suffix)
                .param("assessorName", "Sam Assessor")
                .param("warningGiven", "true")
                .param("imposedBy", "PS 1234 Clarke");
    }

    private static MockHttpServletRequestBuilder officer(MockHttpServletRequestBuilder request) {
        return request.param("officerName", "PC Jordan Ellis")
                .param("collarNumber", "4417")
                .param("how", "TELEPHONE");
    }

    private static MockHttpServletRequestBuilder dated(
            MockHttpServletRequestBuilder request, String field, String day, String month, String year) {
        return request.param(field + ".day", day).param(field + ".month", month).param(field + ".year", year);
    }

    /** The error pattern: "Error: " title, a summary whose every link leads to a field on the page. */
    private static void assertErrorPage(Document page, String title) {
        assertThat(page.title()).isEqualTo("Error: " + title + " – Throughcare");
        assertThat(page.select(".govuk-error-summary")).hasSize(1);
        assertThat(summaryLinks(page))
                .isNotEmpty()
                .allSatisfy(href -> assertThat(page.select(href))
                        .as("field %s on the page", href)
                        .hasSize(1));
    }

    private static List<String> summaryLinks(Document page) {
        return page.select(".govuk-error-summary__list a").eachAttr("href");
    }

    private static String summaryText(Document page, String href) {
        return page.select(".govuk-error-summary__list a[href=" + href + "]").text();
    }

    private Map<String, Object> resultRow() {
        return jdbc.queryForMap("select * from drug_test_result where id = ?", resultId);
    }

    private Map<String, Object> assessmentRow(String kind) {
        return jdbc.queryForMap(
                "select * from required_assessment where custody_event_id = ? and kind = ?", event.getId(), kind);
    }

    private int countAssessments() {
        return jdbc.queryForObject(
                "select count(*) from required_assessment where custody_event_id = ?", Integer.class, event.getId());
    }

    private static Instant instant(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(user(worker)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
