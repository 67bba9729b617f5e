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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Liaison and Diversion screenings on the person page: when and where, needs, risk and how far each went. */
@Component
class ScreeningPersonSection implements PersonPageSection<ScreeningPersonSection.Model> {

    static final List<Cell> HEAD = List.of(
            Cell.text("Screened"),
            Cell.text("Where"),
            Cell.text("Needs found"),
            Cell.text("Risk"),
            Cell.text("Status"));

    /** What referral/screening-section shows. */
    public record Model(Long personId, List<Cell> head, List<List<Cell>> rows, boolean canScreen) {}

    private final LiaisonService liaison;
    private final Formats formats;

    ScreeningPersonSection(LiaisonService liaison, Formats formats) {
        this.liaison = liaison;
        this.formats = formats;
    }

    @Override
    public int position() {
        return 55;
    }

    @Override
    public String id() {
        return "screenings";
    }

    @Override
    public String title() {
        return "Liaison and Diversion";
    }

    @Override
    public String fragment() {
        return "referral/screening-section :: section";
    }

    @Override
    public Model model(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        return new Model(
                personId,
                HEAD,
                liaison.forPerson(personId, user).stream()
                        .map(s -> LiaisonController.row(s, formats))
                        .toList(),
                RoleGroup.LIAISON_AND_DIVERSION.includes(user.role()));
    }

    /** How many screenings and the latest, from one statement that loads no entity. */
    @Override
    public Supplier<Optional<PersonSectionSummary>> summary(PersonRecord person, SignedInUser user, ReadBatch reads) {
        Long personId = person.person().getId();
        Supplier<LiaisonService.Latest> read = liaison.latestFor(personId, user, reads);
        return () -> {
            LiaisonService.Latest latest = read.get();
            List<SummaryRow> rows = new ArrayList<>();
            rows.add(SummaryRow.of(
                    "Screenings", latest.count() == 0 ? "None recorded" : String.valueOf(latest.count())));
            if (latest.line() != null) {
                LiaisonScreening.Line line = latest.line();
                rows.add(new SummaryRow(
                        "Latest screening",
                        formats.dateTime(line.screenedAt()) + ", "
                                + line.source().label().toLowerCase(Locale.UK) + ": "
                                + LiaisonService.describe(line.needs()).toLowerCase(Locale.UK) + ". Risk "
                                + line.risk().label().toLowerCase(Locale.UK) + ". " + line.status(),
                        "/screenings/" + line.id(),
                        "Open"));
            }
            return Optional.of(new PersonSectionSummary(
                    rows,
                    latest.count() == 0 ? null : "All screenings",
                    RoleGroup.LIAISON_AND_DIVERSION.includes(user.role())
                            ? List.of(new PersonSectionSummary.Action(
                                    "Record a screening", "/people/" + personId + "/screenings/new"))
                            : List.of()));
        };
    }
}
