package org.throughcare.referral;

import org.springframework.stereotype.Component;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Diversion and out-of-court disposals on the person page, with the open ones past their deadline flagged. */
@Component
class DiversionPersonSection implements PersonPageSection<DiversionPersonSection.Model> {

    static final List<Cell> HEAD = List.of(
            Cell.text("Disposal or scheme"),
            Cell.text("Conditions"),
            Cell.text("Given"),
            Cell.text("Deadline"),
            Cell.text("Outcome"));

    /** What referral/diversion-section shows. */
    public record Model(Long personId, List<Cell> head, List<List<Cell>> rows, boolean canRecord) {}

    private final DiversionService diversions;
    private final Formats formats;
    private final Clock clock;

    DiversionPersonSection(DiversionService diversions, Formats formats, Clock clock) {
        this.diversions = diversions;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public int position() {
        return 65;
    }

    @Override
    public String id() {
        return "diversions";
    }

    @Override
    public String title() {
        return "Diversion and out-of-court disposals";
    }

    @Override
    public String fragment() {
        return "referral/diversion-section :: section";
    }

    @Override
    public Model model(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        boolean worker = RoleGroup.WORKERS.includes(user.role());
        LocalDate today = LocalDate.now(clock);
        return new Model(
                personId,
                HEAD,
                diversions.forPerson(personId, user).stream()
                        .map(d -> List.of(
                                Cell.text(d.getKind().label() + ": " + d.getScheme()),
                                Cell.text(d.getConditions()),
                                Cell.text(formats.date(d.getGivenOn())),
                                Cell.text(formats.date(d.getDeadline())),
                                outcome(d.line(), today, worker)))
                        .toList(),
                worker);
    }

    /** How many diversions, how many open, and the latest: the same one statement as the whole section. */
    @Override
    public Supplier<Optional<PersonSectionSummary>> summary(PersonRecord person, SignedInUser user, ReadBatch reads) {
        Long personId = person.person().getId();
        boolean worker = RoleGroup.WORKERS.includes(user.role());
        Supplier<List<Diversion.Line>> read = diversions.linesFor(personId, user, reads);
        return () -> {
            List<Diversion.Line> all = read.get();
            LocalDate today = LocalDate.now(clock);
            List<SummaryRow> rows = new ArrayList<>();
            long open = all.stream().filter(Diversion.Line::open).count();
            rows.add(SummaryRow.of(
                    "Diversions and out-of-court disposals",
                    all.isEmpty() ? "None recorded" : all.size() + " recorded, " + open + " open"));
            if (!all.isEmpty()) {
                Diversion.Line latest = all.get(0);
                Cell outcome = outcome(latest, today, worker);
                String status =
                        outcome.href() == null ? outcome.text() : latest.overdue(today) ? "Deadline passed" : "Open";
                rows.add(new SummaryRow(
                        "Latest",
                        latest.kind().label() + ": " + latest.scheme() + ", given "
                                + formats.date(latest.givenOn()) + ", deadline " + formats.date(latest.deadline())
                                + ". " + status,
                        outcome.href(),
                        outcome.href() == null ? null : "Record the outcome"));
            }
            return Optional.of(new PersonSectionSummary(
                    rows,
                    all.isEmpty() ? null : "All diversions",
                    worker
                            ? List.of(new PersonSectionSummary.Action(
                                    "Record a diversion", "/people/" + personId + "/diversions/new"))
                            : List.of()));
        };
    }

    private Cell outcome(Diversion.Line d, LocalDate today, boolean worker) {
        if (!d.open()) {
            return Cell.tag(
                    d.outcome().label() + ", " + formats.date(d.outcomeOn()),
                    d.outcome().colour());
        }
        if (d.overdue(today)) {
            return worker
                    ? Cell.link("Deadline passed: record the outcome", "/diversions/" + d.id() + "/outcome")
                    : Cell.tag("Deadline passed", "red");
        }
        return worker ? Cell.link("Record the outcome", "/diversions/" + d.id() + "/outcome") : Cell.text("Open");
    }
}
