package org.throughcare.custody;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.throughcare.common.UkTime;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.PageLinks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Turns worklist rows into table cells. People outside the user's team scope are listed but not named. */
@Component
class CustodyWorklistPage {

    static final String TESTS = "tests-today";
    static final String DUE = "assessments-due";
    static final String FAILURES = "failures";
    static final String AT_LAB = "samples-at-lab";
    static final String DECISIONS = "positives-awaiting-decision";
    static final String FOLLOW_UPS = "follow-ups";

    /** The order of the sections on the worklist, as addHome reads their pages. */
    static final List<String> HOME_SECTIONS = List.of(DECISIONS, TESTS, AT_LAB, DUE, FOLLOW_UPS, FAILURES);

    /** One section of the worklist: a table of at most a page of rows and the total behind it. */
    public record Section(
            String key,
            String title,
            String empty,
            List<Cell> head,
            List<List<Cell>> rows,
            long total,
            String showAllHref) {}

    private final CustodyWorklist worklist;
    private final PersonLookup people;
    private final Formats formats;
    private final Clock clock;

    CustodyWorklistPage(CustodyWorklist worklist, PersonLookup people, Formats formats, Clock clock) {
        this.worklist = worklist;
        this.people = people;
        this.formats = formats;
        this.clock = clock;
    }

    /**
     * The first rows of every list of the worklist and the names of the people in them, in one read-only
     * transaction: seven transactions (a list each, then the names) cost the page more than its queries did.
     */
    @Transactional(readOnly = true)
    void addHome(Model model, int rows, SignedInUser user) {
        List<Page<?>> pages = List.of(
                worklist.positivesAwaitingDecision(user, 0, rows),
                worklist.testsToday(user, 0, rows),
                worklist.samplesAtTheLab(user, 0, rows),
                worklist.assessmentsDue(user, 0, rows),
                worklist.followUpsToArrange(user, 0, rows),
                worklist.failuresAwaitingPolice(user, 0, rows));
        Map<Long, String> names = names(user, pages.toArray(Page<?>[]::new));
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < HOME_SECTIONS.size(); i++) {
            sections.add(section(HOME_SECTIONS.get(i), pages.get(i), names, true));
        }
        model.addAttribute("sections", sections);
    }

    @SuppressWarnings("unchecked")
    void addList(Model model, String key, Page<?> rows, SignedInUser user) {
        Map<Long, String> names = names(user, rows);
        model.addAttribute("section", section(key, rows, names, false));
        model.addAttribute("pages", PageLinks.of(rows));
    }

    private Section section(String key, Page<?> page, Map<Long, String> names, boolean home) {
        String showAll =
                home && page.getTotalElements() > page.getNumberOfElements() ? "/custody/worklist/" + key : null;
        LocalDate today = LocalDate.now(clock);
        return switch (key) {
            case TESTS ->
                new Section(
                        key,
                        "Tests today at your suites",
                        "No tests recorded today at your suites",
                        List.of(
                                Cell.text("Person"),
                                Cell.text("Tested"),
                                Cell.text("Suite"),
                                Cell.text("Outcome"),
                                Cell.text("Test")),
                        page.getContent().stream()
                                .map(r -> testRow((WorklistTest) r, names))
                                .toList(),
                        page.getTotalElements(),
                        showAll);
            case DUE ->
                new Section(
                        key,
                        "Assessments due today and overdue",
                        "No assessments are due today or overdue",
                        List.of(
                                Cell.text("Person"),
                                Cell.text("Assessment"),
                                Cell.text("Appointment"),
                                Cell.text("Status"),
                                Cell.text("Action")),
                        page.getContent().stream()
                                .map(r -> dueRow((WorklistAssessment) r, names, today))
                                .toList(),
                        page.getTotalElements(),
                        showAll);
            case DECISIONS ->
                new Section(
                        key,
                        "Positives awaiting a decision on a required assessment",
                        "No adult still in custody is waiting for a decision on a required assessment",
                        List.of(Cell.text("Person"), Cell.text("Tested"), Cell.text("Suite"), Cell.text("Action")),
                        page.getContent().stream()
                                .map(r -> decisionRow((WorklistTest) r, names))
                                .toList(),
                        page.getTotalElements(),
                        showAll);
            case AT_LAB ->
                new Section(
                        key,
                        "Samples at the lab",
                        "No disputed samples are waiting for the lab's result",
                        List.of(Cell.text("Person"), Cell.text("Substance"), Cell.text("Sent"), Cell.text("Action")),
                        page.getContent().stream()
                                .map(r -> sampleRow((WorklistSample) r, names))
                                .toList(),
                        page.getTotalElements(),
                        showAll);
            case FOLLOW_UPS ->
                new Section(
                        key,
                        "Follow-up assessments to arrange",
                        "No attended initial assessment is waiting for its follow-up",
                        List.of(
                                Cell.text("Person"),
                                Cell.text("Initial assessment"),
                                Cell.text("Attended"),
                                Cell.text("Action")),
                        page.getContent().stream()
                                .map(r -> followUpRow((WorklistAssessment) r, names))
                                .toList(),
                        page.getTotalElements(),
                        showAll);
            default ->
                new Section(
                        key,
                        "Failures to tell the police about",
                        "No failures to attend or remain are waiting for the police to be told",
                        List.of(
                                Cell.text("Person"),
                                Cell.text("Assessment"),
                                Cell.text("What happened"),
                                Cell.text("Action")),
                        page.getContent().stream()
                                .map(r -> failureRow((WorklistAssessment) r, names))
                                .toList(),
                        page.getTotalElements(),
                        showAll);
        };
    }

    private List<Cell> testRow(WorklistTest t, Map<Long, String> names) {
        boolean visible = names.containsKey(t.personId());
        Cell outcome = switch (t.outcome()) {
            case TESTED -> t.positiveResults() > 0 ? Cell.tag("Positive", "red") : Cell.tag("Negative", "green");
            case REFUSED -> Cell.tag("Refused", "orange");
            case NO_VALID_SAMPLE -> Cell.tag("No valid sample", "grey");
        };
        return List.of(
                person(t.personId(), names),
                Cell.text(formats.dateTime(t.testedAt())),
                Cell.text(t.suiteName()),
                outcome,
                visible ? Cell.link("View test", "/custody/events/" + t.eventId()) : Cell.text(""));
    }

    private List<Cell> dueRow(WorklistAssessment a, Map<Long, String> names, LocalDate today) {
        boolean visible = names.containsKey(a.personId());
        boolean overdue = a.appointmentAt().atZone(UkTime.ZONE).toLocalDate().isBefore(today);
        return List.of(
                person(a.personId(), names),
                event(a, visible),
                Cell.text(formats.dateTime(a.appointmentAt()) + ", " + a.place()),
                overdue ? Cell.tag("Overdue", "red") : Cell.tag("Due today", "orange"),
                visible
                        ? Cell.link("Record outcome", "/custody/assessments/" + a.assessmentId() + "/outcome")
                        : Cell.text(""));
    }

    private List<Cell> decisionRow(WorklistTest t, Map<Long, String> names) {
        boolean visible = names.containsKey(t.personId());
        return List.of(
                person(t.personId(), names),
                Cell.text(formats.dateTime(t.testedAt())),
                Cell.text(t.suiteName()),
                visible
                        ? Cell.link(
                                "Book initial assessment",
                                "/custody/events/" + t.eventId() + "/assessments/new?kind=INITIAL")
                        : Cell.text(""));
    }

    private List<Cell> sampleRow(WorklistSample r, Map<Long, String> names) {
        boolean visible = names.containsKey(r.personId());
        return List.of(
                person(r.personId(), names),
                Cell.text(r.substanceName() + " (" + r.suiteName() + ")"),
                Cell.text(formats.dateTime(r.sentAt())),
                visible
                        ? Cell.link("Record confirmed result", "/custody/results/" + r.resultId() + "/confirm")
                        : Cell.text(""));
    }

    private List<Cell> followUpRow(WorklistAssessment a, Map<Long, String> names) {
        boolean visible = names.containsKey(a.personId());
        return List.of(
                person(a.personId(), names),
                event(a, visible),
                Cell.text(formats.dateTime(a.outcomeRecordedAt())),
                visible
                        ? Cell.link(
                                "Book follow-up", "/custody/events/" + a.eventId() + "/assessments/new?kind=FOLLOW_UP")
                        : Cell.text(""));
    }

    private List<Cell> failureRow(WorklistAssessment a, Map<Long, String> names) {
        boolean visible = names.containsKey(a.personId());
        return List.of(
                person(a.personId(), names),
                event(a, visible),
                Cell.text(a.outcome().label() + ", " + formats.dateTime(a.outcomeRecordedAt())),
                visible
                        ? Cell.link("Record police told", "/custody/assessments/" + a.assessmentId() + "/police-told")
                        : Cell.text(""));
    }

    private static Cell person(Long personId, Map<Long, String> names) {
        String name = names.get(personId);
        return name == null ? Cell.text("Another team's case") : Cell.link(name, "/people/" + personId);
    }

    private static Cell event(WorklistAssessment a, boolean visible) {
        String text = a.kind().label() + " (" + a.suiteName() + ")";
        return visible ? Cell.link(text, "/custody/events/" + a.eventId()) : Cell.text(text);
    }

    private static Long personOf(Object row) {
        if (row instanceof WorklistTest t) {
            return t.personId();
        }
        if (row instanceof WorklistSample sample) {
            return sample.personId();
        }
        return ((WorklistAssessment) row).personId();
    }

    /** Names of everyone on the lists, in one query. */
    private Map<Long, String> names(SignedInUser user, Page<?>... pages) {
        Set<Long> ids = new HashSet<>();
        Stream.of(pages).flatMap(p -> p.getContent().stream()).forEach(row -> ids.add(personOf(row)));
        return people.visibleNames(new ArrayList<>(ids), user);
    }
}
