package org.throughcare.custody;

import org.springframework.stereotype.Component;
import org.throughcare.common.UkTime;
import org.throughcare.database.ReadBatch;
import org.throughcare.person.PersonPageSection;
import org.throughcare.person.PersonRecord;
import org.throughcare.person.PersonSectionSummary;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The custody history on the person page, newest first. */
@Component
class CustodyPersonSection implements PersonPageSection<CustodyPersonSection.Model> {

    /** What custody/person-section shows. */
    public record Model(Long personId, List<Cell> head, List<List<Cell>> rows, boolean canRecord) {}

    private final CustodyHistory history;
    private final Formats formats;
    private final Clock clock;

    CustodyPersonSection(CustodyHistory history, Formats formats, Clock clock) {
        this.history = history;
        this.formats = formats;
        this.clock = clock;
    }

    /** The person's tests in custody counted from the module's reporting view, with the latest one. */
    private record Counts(
            long tests,
            long positive,
            long attended,
            long failed,
            Long latestId,
            Instant latestAt,
            String latestResult,
            String latestSuite) {}

    /** The counts and the latest test (voided tests left out), in one statement; the page checked scope. */
    @Override
    public Supplier<Optional<PersonSectionSummary>> summary(PersonRecord person, SignedInUser user, ReadBatch reads) {
        Long personId = person.person().getId();
        Supplier<List<Counts>> read = reads.query(
                """
                        with t as (
                            select event_id, suite_id, arrested_at, result_group, initial_assessment
                            from custody_test_overview where person_id = :personId),
                        counts as (
                            select count(*) as tests,
                                   count(*) filter (where result_group in ('OPIATES_ONLY', 'COCAINE_ONLY', 'BOTH'))
                                       as positive,
                                   count(*) filter (where initial_assessment = 'ATTENDED') as attended,
                                   count(*) filter (where initial_assessment = 'FAILED') as failed
                            from t)
                        select c.*, l.event_id, l.arrested_at, l.result_group, s.name as suite
                        from counts c
                        left join lateral (select * from t order by arrested_at desc, event_id desc limit 1) l on true
                        left join custody_suite s on s.id = l.suite_id
                        """,
                Map.of("personId", personId),
                (rs, n) -> new Counts(
                        rs.getLong("tests"),
                        rs.getLong("positive"),
                        rs.getLong("attended"),
                        rs.getLong("failed"),
                        rs.getObject("event_id", Long.class),
                        rs.getTimestamp("arrested_at") == null
                                ? null
                                : rs.getTimestamp("arrested_at").toInstant(),
                        rs.getString("result_group"),
                        rs.getString("suite")));
        return () -> summary(personId, read.get().get(0), user);
    }

    private Optional<PersonSectionSummary> summary(Long personId, Counts counts, SignedInUser user) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of(
                "Drug tests in custody",
                counts.tests() == 0
                        ? "None recorded"
                        : counts.tests() + (counts.tests() == 1 ? " test, " : " tests, ") + counts.positive()
                                + " positive"));
        if (counts.latestId() != null) {
            String latest = formats.date(counts.latestAt().atZone(UkTime.ZONE).toLocalDate()) + " at "
                    + counts.latestSuite() + ": " + resultText(counts.latestResult());
            rows.add(
                    RoleGroup.CUSTODY_WORKERS_AND_MANAGERS.includes(user.role())
                            ? new SummaryRow("Latest test", latest, "/custody/events/" + counts.latestId(), "Open")
                            : SummaryRow.of("Latest test", latest));
        }
        if (counts.attended() + counts.failed() > 0) {
            rows.add(SummaryRow.of(
                    "Initial required assessments",
                    counts.attended() + " attended, " + counts.failed() + " failed to attend or remain"));
        }
        return Optional.of(new PersonSectionSummary(
                rows,
                counts.tests() == 0 ? null : "All drug tests in custody, with results and assessments",
                RoleGroup.CUSTODY_WORKERS.includes(user.role())
                        ? List.of(new PersonSectionSummary.Action(
                                "Record a drug test", "/people/" + personId + "/custody/new"))
                        : List.of()));
    }

    private static String resultText(String resultGroup) {
        return switch (resultGroup) {
            case "OPIATES_ONLY" -> "positive for opiates";
            case "COCAINE_ONLY" -> "positive for cocaine";
            case "BOTH" -> "positive for opiates and cocaine";
            case "REFUSED" -> "refused";
            case "NO_VALID_SAMPLE" -> "no valid sample";
            default -> "negative";
        };
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
