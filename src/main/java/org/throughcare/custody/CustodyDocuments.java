package org.throughcare.custody;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The printable documents of a required assessment, as practitioners know them: the notice of the
 * requirement (RA1-style for the initial, RA4/RA5-style for the follow-up) and the evidential statement
 * for a failure to attend or remain. Each is an audited view of the test, in one transaction.
 */
@Component
class CustodyDocuments {

    private final CustodyEventService events;
    private final AssessmentService assessments;
    private final PersonLookup people;
    private final Formats formats;

    CustodyDocuments(CustodyEventService events, AssessmentService assessments, PersonLookup people, Formats formats) {
        this.events = events;
        this.assessments = assessments;
        this.people = people;
        this.formats = formats;
    }

    /** The notice given to the person; the page says which form it stands for. */
    @Transactional
    void addNotice(Model model, Long eventId, Long assessmentId, SignedInUser user) {
        CustodyEventRecord record = events.view(eventId, user);
        RequiredAssessment a = assessmentOf(record, assessmentId);
        if (!a.booked()) {
            throw new RuleViolationException(
                    null, "This assessment has no appointment, so there is no notice to print");
        }
        addPerson(model, record, user);
        model.addAttribute("assessment", a);
        model.addAttribute("form", a.getKind() == AssessmentKind.INITIAL ? "RA1" : "RA4/RA5");
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Appointment", formats.dateTime(a.getAppointmentAt())));
        rows.add(SummaryRow.of("Place", a.getPlace()));
        rows.add(SummaryRow.of("Assessor", a.getAssessorName()));
        rows.add(SummaryRow.of("Notice given", formats.dateTime(a.getNoticeGivenAt())));
        rows.add(SummaryRow.of("Requirement imposed by", a.getImposedBy() == null ? "Not recorded" : a.getImposedBy()));
        rows.add(SummaryRow.of("Following a positive test for", positives(record)));
        model.addAttribute("rows", rows);
        model.addAttribute(
                "changes",
                assessments.changes(eventId).stream()
                        .filter(c -> c.getAssessmentId().equals(a.getId()))
                        .map(c -> "Moved from " + formats.dateTime(c.getPreviousAppointmentAt()) + " at "
                                + c.getPreviousPlace() + " to " + formats.dateTime(c.getAppointmentAt()) + " at "
                                + c.getPlace() + " by a further notice (RA2) given "
                                + formats.dateTime(c.getNoticeGivenAt()))
                        .toList());
    }

    /**
     * The further notice that moved an appointment (RA2-style): the new time and place, the one it replaces,
     * and the warning, as given to the person.
     */
    @Transactional
    void addChangeNotice(Model model, Long eventId, Long assessmentId, Long changeId, SignedInUser user) {
        CustodyEventRecord record = events.view(eventId, user);
        RequiredAssessment a = assessmentOf(record, assessmentId);
        AppointmentChange change = assessments.changes(eventId).stream()
                .filter(c -> c.getId().equals(changeId) && c.getAssessmentId().equals(assessmentId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException(AssessmentService.RECORD_KIND, changeId));
        addPerson(model, record, user);
        model.addAttribute("assessment", a);
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Requirement", a.getKind().label()));
        rows.add(SummaryRow.of("New appointment", formats.dateTime(change.getAppointmentAt())));
        rows.add(SummaryRow.of("New place", change.getPlace()));
        rows.add(SummaryRow.of(
                "It replaces",
                formats.dateTime(change.getPreviousAppointmentAt()) + " at " + change.getPreviousPlace()));
        rows.add(SummaryRow.of("Further notice given", formats.dateTime(change.getNoticeGivenAt())));
        rows.add(SummaryRow.of("Given by", change.getCreatedBy()));
        if (change.getReason() != null) {
            rows.add(SummaryRow.of("Reason for the change", change.getReason()));
        }
        model.addAttribute("rows", rows);
    }

    /** The evidential statement for a failure to attend or remain, with who told which officer, how and when. */
    @Transactional
    void addStatement(Model model, Long eventId, Long assessmentId, SignedInUser user) {
        CustodyEventRecord record = events.view(eventId, user);
        RequiredAssessment a = assessmentOf(record, assessmentId);
        if (!a.failed()) {
            throw new RuleViolationException(
                    null, "There is a statement only when the person failed to attend or did not remain");
        }
        addPerson(model, record, user);
        model.addAttribute("assessment", a);
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Requirement", a.getKind().label()));
        rows.add(SummaryRow.of("Imposed by", a.getImposedBy() == null ? "Not recorded" : a.getImposedBy()));
        rows.add(SummaryRow.of("Notice given", formats.dateTime(a.getNoticeGivenAt())));
        rows.add(SummaryRow.of(
                "Warned that failing is an offence",
                a.getWarningGiven() == null ? "Not recorded" : a.getWarningGiven() ? "Yes" : "No"));
        rows.add(SummaryRow.of("Appointment", formats.dateTime(a.getAppointmentAt()) + " at " + a.getPlace()));
        rows.add(SummaryRow.of("Assessor", a.getAssessorName()));
        rows.add(SummaryRow.of(
                "What happened",
                a.getOutcome().label() + ", recorded " + formats.dateTime(a.getOutcomeRecordedAt()) + " by "
                        + a.getOutcomeRecordedBy()));
        PoliceContact officer = a.getPoliceContact();
        if (a.getPoliceNotifiedAt() == null) {
            rows.add(SummaryRow.of("Police told", "Not yet"));
        } else {
            rows.add(SummaryRow.of(
                    "Police told",
                    formats.dateTime(a.getPoliceNotifiedAt()) + " by " + a.getPoliceNotifiedBy()
                            + (officer == null ? "" : ", to " + officer.described())));
        }
        model.addAttribute("rows", rows);
    }

    private void addPerson(Model model, CustodyEventRecord record, SignedInUser user) {
        CustodyEvent e = record.event();
        model.addAttribute("event", e);
        model.addAttribute("personName", people.name(e.getPersonId(), user));
        model.addAttribute("dateOfBirth", formats.date(people.dateOfBirth(e.getPersonId(), user)));
        model.addAttribute(
                "testRows",
                List.of(
                        SummaryRow.of("Custody suite", e.getSuite().getName()),
                        SummaryRow.of("Arrested", formats.dateTime(e.getArrestedAt())),
                        SummaryRow.of(
                                "Test " + e.getTestStage().label().toLowerCase(Locale.UK),
                                e.getSampleTakenAt() == null ? "No sample" : formats.dateTime(e.getSampleTakenAt()))));
    }

    private static RequiredAssessment assessmentOf(CustodyEventRecord record, Long assessmentId) {
        return record.assessments().stream()
                .filter(a -> a.getId().equals(assessmentId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException(AssessmentService.RECORD_KIND, assessmentId));
    }

    private static String positives(CustodyEventRecord record) {
        String names = record.foundingPositives().stream()
                .map(r -> r.getSubstance().getName())
                .collect(Collectors.joining(" and "));
        return names.isEmpty() ? "None confirmed" : names;
    }
}
