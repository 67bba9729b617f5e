package org.throughcare.custody;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns a custody event into what its page shows, with the actions its state allows. */
@Component
class CustodyEventPage {

    /** One assessment as a summary card, with its next action (if any) and the other steps it allows. */
    public record AssessmentCard(
            String title,
            String statusText,
            String statusColour,
            List<SummaryRow> rows,
            String actionHref,
            String actionText,
            List<Link> otherActions) {}

    public record Link(String href, String text) {}

    /**
     * What the test's page says about the test itself, apart from its summary rows: the entity stays inside the
     * module, and a public record lets the template's expressions compile.
     */
    public record Heading(Long id, Long personId, String title, String voidedNote) {

        public boolean voided() {
            return voidedNote != null;
        }
    }

    /** A corrected field: the value it replaced (struck through), the value now, and who, when and why. */
    public record CorrectionLine(String field, String before, String after, String note) {}

    private final Formats formats;
    private final PersonLookup people;
    private final Clock clock;

    private final CustodyEventService events;
    private final AssessmentService assessmentService;

    CustodyEventPage(
            Formats formats,
            PersonLookup people,
            Clock clock,
            CustodyEventService events,
            AssessmentService assessmentService) {
        this.assessmentService = assessmentService;
        this.formats = formats;
        this.people = people;
        this.clock = clock;
        this.events = events;
    }

    /** A test's page: scope checked, the view audited, and all the page shows, in one transaction. */
    @Transactional
    void addTo(Model model, Long eventId, SignedInUser user) {
        CustodyEventRecord record = events.view(eventId, user);
        List<AppointmentChange> changes =
                record.assessments().isEmpty() ? List.of() : assessmentService.changes(eventId);
        CustodyEvent e = record.event();
        boolean worker = RoleGroup.CUSTODY_WORKERS.includes(user.role());
        Instant now = clock.instant();
        model.addAttribute("test", heading(e));
        model.addAttribute("personName", people.name(e.getPersonId(), user));
        model.addAttribute("summary", summary(e));
        model.addAttribute(
                "resultsHead",
                worker
                        ? List.of(Cell.text("Substance"), Cell.text("Result"), Cell.text("Lab"), Cell.text("Action"))
                        : List.of(Cell.text("Substance"), Cell.text("Result"), Cell.text("Lab")));
        model.addAttribute(
                "results",
                record.results().stream().map(r -> resultRow(r, worker)).toList());
        model.addAttribute(
                "assessments",
                record.assessments().stream()
                        .map(a -> card(
                                a,
                                worker,
                                now,
                                changes.stream()
                                        .filter(c -> c.getAssessmentId().equals(a.getId()))
                                        .toList()))
                        .toList());
        boolean followUpToArrange =
                record.allows(CustodyEventRecord.Action.BOOK_FOLLOW_UP).isAllowed();
        model.addAttribute(
                "canBookInitial",
                worker && record.allows(CustodyEventRecord.Action.BOOK_INITIAL).isAllowed());
        model.addAttribute("canBookFollowUp", worker && followUpToArrange);
        model.addAttribute(
                "canCancelFollowUp",
                worker
                        && record.allows(CustodyEventRecord.Action.CANCEL_FOLLOW_UP)
                                .isAllowed());
        model.addAttribute("followUpToArrange", followUpToArrange);
        model.addAttribute(
                "followUpImposed",
                record.assessment(AssessmentKind.INITIAL)
                                .map(RequiredAssessment::open)
                                .orElse(false)
                        && record.assessment(AssessmentKind.FOLLOW_UP).isEmpty());
        model.addAttribute("positive", record.foundsRequirement());
        model.addAttribute("adult", record.adult());
        model.addAttribute("assessmentInForce", record.requiredAssessmentInForce());
        model.addAttribute(
                "canVoid",
                worker && record.allows(CustodyEventRecord.Action.VOID).isAllowed());
        model.addAttribute(
                "canCorrect",
                worker && record.allows(CustodyEventRecord.Action.CORRECT).isAllowed());
        model.addAttribute(
                "corrections",
                events.corrections(eventId).stream()
                        .map(c -> new CorrectionLine(
                                c.getField(),
                                c.getBefore() == null ? "none" : c.getBefore(),
                                c.getAfter() == null ? "none" : c.getAfter(),
                                "Corrected " + formats.dateTime(c.getCreatedAt()) + " by " + c.getCreatedBy() + ": "
                                        + c.getReason()))
                        .toList());
    }

    private Heading heading(CustodyEvent e) {
        return new Heading(
                e.getId(),
                e.getPersonId(),
                "Test " + e.getTestStage().label().toLowerCase(Locale.UK),
                e.voided()
                        ? "This test was voided as recorded in error on " + formats.dateTime(e.getVoidedAt()) + " by "
                                + e.getVoidedBy() + ": " + e.getVoidReason()
                        : null);
    }

    /**
     * The test record (DT1-style) for printing: everything recorded about the test and its results, without
     * the actions. An audited view, like the page.
     */
    @Transactional
    void addTestRecord(Model model, Long eventId, SignedInUser user) {
        CustodyEventRecord record = events.view(eventId, user);
        CustodyEvent e = record.event();
        model.addAttribute("event", e);
        model.addAttribute("personName", people.name(e.getPersonId(), user));
        model.addAttribute("dateOfBirth", formats.date(people.dateOfBirth(e.getPersonId(), user)));
        model.addAttribute("summary", summary(e));
        model.addAttribute("resultsHead", List.of(Cell.text("Substance"), Cell.text("Result"), Cell.text("Lab")));
        model.addAttribute(
                "results",
                record.results().stream().map(r -> resultRow(r, false)).toList());
    }

    private List<SummaryRow> summary(CustodyEvent e) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Custody suite", e.getSuite().getName()));
        if (e.getCustodyRecordNumber() != null) {
            rows.add(SummaryRow.of("Custody record number", e.getCustodyRecordNumber()));
        }
        rows.add(SummaryRow.of("Arrested", formats.dateTime(e.getArrestedAt())));
        rows.add(SummaryRow.of("Offences", offences(e)));
        rows.add(SummaryRow.of("Test", e.getTestStage().label()));
        if (e.getInspectorName() != null) {
            rows.add(SummaryRow.of("Authorised by", e.getInspectorRank() + " " + e.getInspectorName()));
            rows.add(SummaryRow.of("Grounds for authorisation", e.getAuthorisationGrounds()));
        }
        if (e.getChargedAt() != null) {
            rows.add(SummaryRow.of("Charged", formats.dateTime(e.getChargedAt())));
        }
        if (e.getAppropriateAdultPresent() != null) {
            rows.add(SummaryRow.of("Appropriate adult present", e.getAppropriateAdultPresent() ? "Yes" : "No"));
        }
        if (e.getRefusalWarningGiven() != null) {
            rows.add(SummaryRow.of("Warned that refusing is an offence", e.getRefusalWarningGiven() ? "Yes" : "No"));
        }
        rows.add(SummaryRow.of(
                "Outcome",
                e.getOutcome().label()
                        + (e.getOutcome() == TestOutcome.REFUSED && Boolean.FALSE.equals(e.getRefusalWarningGiven())
                                ? ": no offence of refusing arises, as the person was not warned"
                                : "")));
        if (e.getSampleTakenAt() != null) {
            rows.add(SummaryRow.of(
                    "Sample taken",
                    formats.dateTime(e.getSampleTakenAt())
                            + (e.getSampleType() == null
                                    ? ""
                                    : " (" + e.getSampleType().label().toLowerCase(Locale.UK) + ")")));
        }
        if (e.getSampleReference() != null) {
            rows.add(SummaryRow.of("Seal or reference number", e.getSampleReference()));
        }
        if (e.getSampleTakenBy() != null) {
            rows.add(SummaryRow.of("Sample taken by", e.getSampleTakenBy()));
        }
        if (e.getReleasedAt() != null) {
            rows.add(SummaryRow.of("Released", formats.dateTime(e.getReleasedAt())));
        }
        rows.add(SummaryRow.of("Recorded", formats.dateTime(e.getCreatedAt()) + " by " + e.getCreatedBy()));
        return rows;
    }

    static String offences(CustodyEvent e) {
        return e.getOffences().stream()
                .map(o -> o.label() + (o.isTrigger() ? " (trigger)" : ""))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private List<Cell> resultRow(DrugTestResult r, boolean worker) {
        DrugTestResult.Status status = r.status();
        List<Cell> row = new ArrayList<>(List.of(
                Cell.text(r.getSubstance().getName()), Cell.tag(status.label(), status.colour()), Cell.text(lab(r))));
        if (worker) {
            if (r.allows(DrugTestResult.Action.SEND_FOR_CONFIRMATION).isAllowed()) {
                row.add(Cell.link("Send for confirmation", "/custody/results/" + r.getId() + "/dispute"));
            } else if (r.allows(DrugTestResult.Action.RECORD_CONFIRMED_RESULT).isAllowed()) {
                row.add(Cell.link("Record confirmed result", "/custody/results/" + r.getId() + "/confirm"));
            } else {
                row.add(Cell.text(""));
            }
        }
        return row;
    }

    private String lab(DrugTestResult r) {
        if (!r.disputed()) {
            return "Not sent";
        }
        String sent = "Sent " + formats.dateTime(r.getDisputedAt());
        return r.getConfirmedAt() == null ? sent : sent + "; result " + formats.dateTime(r.getConfirmedAt());
    }

    private AssessmentCard card(RequiredAssessment a, boolean worker, Instant now, List<AppointmentChange> changes) {
        RequiredAssessment.Status status = a.status(now);
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Status", status.label()));
        if (a.booked()) {
            rows.add(SummaryRow.of("Appointment", formats.dateTime(a.getAppointmentAt())));
            rows.add(SummaryRow.of("Place", a.getPlace()));
            rows.add(SummaryRow.of("Assessor", a.getAssessorName()));
            rows.add(SummaryRow.of("Notice given", formats.dateTime(a.getNoticeGivenAt())));
            for (AppointmentChange change : changes) {
                rows.add(SummaryRow.of(
                        "Appointment changed",
                        "From " + formats.dateTime(change.getPreviousAppointmentAt()) + " at "
                                + change.getPreviousPlace()
                                + "; notice of the change given " + formats.dateTime(change.getNoticeGivenAt())
                                + " (recorded by " + change.getCreatedBy() + ")"
                                + (change.getReason() == null ? "" : ". " + change.getReason())));
            }
            if (a.getImposedBy() != null) {
                rows.add(SummaryRow.of("Imposed by", a.getImposedBy()));
            }
            if (a.getWarningGiven() != null) {
                rows.add(SummaryRow.of(
                        "Warned that failing to attend or remain is an offence",
                        a.getWarningGiven() ? "Yes" : "No: a failure is not an offence"));
            }
        }
        if (a.getOutcome() != null) {
            rows.add(SummaryRow.of(
                    "Outcome",
                    a.getOutcome().label() + ", " + formats.dateTime(a.getOutcomeRecordedAt()) + " (recorded by "
                            + a.getOutcomeRecordedBy() + ")"));
        }
        if (a.getResult() != null) {
            rows.add(SummaryRow.of("Result", a.getResult().label()));
        }
        if (a.getPoliceNotifiedAt() != null) {
            PoliceContact officer = a.getPoliceContact();
            rows.add(SummaryRow.of(
                    "Police told",
                    formats.dateTime(a.getPoliceNotifiedAt()) + " by " + a.getPoliceNotifiedBy()
                            + (officer == null ? "" : ": " + officer.described())));
        }
        if (a.cancelled()) {
            rows.add(SummaryRow.of("Cancelled", formats.dateTime(a.getCancelledAt()) + " by " + a.getCancelledBy()));
            rows.add(SummaryRow.of("Reason", a.getCancelReason()));
        }
        if (a.ended()) {
            rows.add(
                    SummaryRow.of("Ended", formats.dateTime(a.getEndedAt()) + " (recorded by " + a.getEndedBy() + ")"));
            rows.add(SummaryRow.of("Why it ended", StringUtils.capitalize(a.getEndReason())));
        }
        String href = null;
        String text = null;
        if (worker && a.allows(RequiredAssessment.Action.RECORD_OUTCOME).isAllowed()) {
            href = "/custody/assessments/" + a.getId() + "/outcome";
            text = "Record outcome";
        } else if (worker && a.allows(RequiredAssessment.Action.TELL_POLICE).isAllowed()) {
            href = "/custody/assessments/" + a.getId() + "/police-told";
            text = "Record police told";
        }
        List<Link> others = new ArrayList<>();
        if (a.booked()) {
            others.add(new Link(
                    "/custody/events/" + a.getEvent().getId() + "/assessments/" + a.getId() + "/notice",
                    a.getKind() == AssessmentKind.INITIAL ? "Print the notice (RA1)" : "Print the notice (RA4/RA5)"));
        }
        for (AppointmentChange change : changes) {
            others.add(new Link(
                    "/custody/events/" + a.getEvent().getId() + "/assessments/" + a.getId() + "/changes/"
                            + change.getId() + "/notice",
                    "Print the further notice (RA2) of " + formats.dateTime(change.getNoticeGivenAt())));
        }
        if (a.failed()) {
            others.add(new Link(
                    "/custody/events/" + a.getEvent().getId() + "/assessments/" + a.getId() + "/statement",
                    "Print the statement of failure"));
        }
        if (worker && a.allows(RequiredAssessment.Action.CHANGE_APPOINTMENT).isAllowed()) {
            others.add(new Link("/custody/assessments/" + a.getId() + "/change", "Change appointment"));
        }
        if (worker && a.allows(RequiredAssessment.Action.WITHDRAW).isAllowed()) {
            others.add(new Link("/custody/assessments/" + a.getId() + "/withdraw", "Withdraw requirement"));
        }
        return new AssessmentCard(a.getKind().label(), status.label(), status.colour(), rows, href, text, others);
    }
}
