package org.throughcare.custody;

import org.springframework.stereotype.Component;
import org.throughcare.common.UkTime;
import org.throughcare.person.PersonPageSection;
import org.throughcare.person.PersonRecord;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The custody history on the person page, newest first. */
@Component
class CustodyPersonSection implements PersonPageSection<CustodyPersonSection.Model> {

    /** What custody/person-section shows. */
    record Model(Long personId, List<Cell> head, List<List<Cell>> rows, boolean canRecord) {}

    private final CustodyHistory history;
    private final Formats formats;
    private final Clock clock;

    CustodyPersonSection(CustodyHistory history, Formats formats, Clock clock) {
        this.history = history;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public int position() {
        return 100;
    }

    @Override
    public String title() {
        return "Custody";
    }

    @Override
    public String id() {
        return "custody";
    }

    @Override
    public String fragment() {
        return "custody/person-section :: section";
    }

    @Override
    public Model model(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        boolean canOpen = RoleGroup.CUSTODY_WORKERS_AND_MANAGERS.includes(user.role());
        Instant now = clock.instant();
        List<List<Cell>> rows = history.forPerson(personId, person.person().getDateOfBirth(), user).stream()
                .map(r -> row(r, canOpen, now))
                .toList();
        return new Model(
                personId,
                List.of(
                        Cell.text("Arrested"),
                        Cell.text("Suite"),
                        Cell.text("Offences"),
                        Cell.text("Outcome"),
                        Cell.text("Results"),
                        Cell.text("Assessments")),
                rows,
                RoleGroup.CUSTODY_WORKERS.includes(user.role()));
    }

    private List<Cell> row(CustodyEventRecord r, boolean canOpen, Instant now) {
        CustodyEvent e = r.event();
        String when = formats.date(e.getArrestedAt().atZone(UkTime.ZONE).toLocalDate());
        List<Cell> row = new ArrayList<>();
        row.add(canOpen ? Cell.link(when, "/custody/events/" + e.getId()) : Cell.text(when));
        row.add(Cell.text(e.getSuite().getName()));
        row.add(Cell.text(CustodyEventPage.offences(e)));
        row.add(outcome(r));
        row.add(Cell.text(
                r.results().isEmpty()
                        ? "None"
                        : r.results().stream()
                                .map(res -> res.getSubstance().getName() + ": "
                                        + res.status().label().toLowerCase(Locale.UK))
                                .collect(Collectors.joining("; "))));
        row.add(assessments(r, now));
        return row;
    }

    private static Cell outcome(CustodyEventRecord r) {
        if (r.event().voided()) {
            return Cell.tag("Voided", "grey");
        }
        return switch (r.event().getOutcome()) {
            case TESTED -> r.positive() ? Cell.tag("Positive", "red") : Cell.tag("Negative", "green");
            case REFUSED -> Cell.tag("Refused", "orange");
            case NO_VALID_SAMPLE -> Cell.tag("No valid sample", "grey");
        };
    }

    /** The latest assessment's status; "Follow-up to book" when the initial was attended and nothing follows. */
    private static Cell assessments(CustodyEventRecord r, Instant now) {
        if (r.allows(CustodyEventRecord.Action.BOOK_FOLLOW_UP).isAllowed()) {
            return Cell.tag("Follow-up to book", "orange");
        }
        return r.assessments().stream()
                .reduce((first, second) -> second)
                .map(a -> Cell.tag(
                        (a.getKind() == AssessmentKind.INITIAL ? "Initial: " : "Follow-up: ")
                                + a.status(now).label().toLowerCase(Locale.UK),
                        a.status(now).colour()))
                .orElse(Cell.text(
                        r.allows(CustodyEventRecord.Action.BOOK_INITIAL).isAllowed() ? "Initial to book" : "None"));
    }
}
