package org.throughcare.referral;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Referrals on the person page: each with where it went, from which stage, when, and its status. */
@Component
class ReferralPersonSection implements PersonPageSection<ReferralPersonSection.Model> {

    /** What referral/person-section shows. */
    public record Model(Long personId, List<Cell> head, List<List<Cell>> rows, boolean canRefer) {}

    private final ReferralService referrals;
    private final PersonReferrals lines;
    private final ReferralTables tables;
    private final Formats formats;

    ReferralPersonSection(ReferralService referrals, PersonReferrals lines, ReferralTables tables, Formats formats) {
        this.referrals = referrals;
        this.lines = lines;
        this.tables = tables;
        this.formats = formats;
    }

    @Override
    public int position() {
        return 60;
    }

    @Override
    public String id() {
        return "referrals";
    }

    @Override
    public String title() {
        return "Referrals";
    }

    @Override
    public String fragment() {
        return "referral/person-section :: section";
    }

    @Override
    public Model model(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        return new Model(
                personId,
                ReferralTables.PERSON_HEAD,
                tables.personRows(referrals.forPerson(personId, user)),
                RoleGroup.WORKERS.includes(user.role()));
    }

    /** How many referrals, how many still open, and the latest. */
    @Override
    public Supplier<Optional<PersonSectionSummary>> summary(PersonRecord person, SignedInUser user, ReadBatch reads) {
        Long personId = person.person().getId();
        Supplier<List<PersonReferrals.Line>> read = lines.of(personId, user, reads);
        return () -> {
            List<PersonReferrals.Line> all = read.get();
            List<SummaryRow> rows = new ArrayList<>();
            long open = all.stream().filter(r -> !r.status().ended()).count();
            rows.add(SummaryRow.of(
                    "Referrals", all.isEmpty() ? "None made" : all.size() + " made, " + open + " still open"));
            if (!all.isEmpty()) {
                PersonReferrals.Line latest = all.get(0);
                rows.add(new SummaryRow(
                        "Latest referral",
                        latest.providerName() + " (" + latest.service().label() + "), sent "
                                + formats.date(
                                        latest.sentAt().atZone(UkTime.ZONE).toLocalDate()) + ": "
                                + latest.status().label(),
                        "/referrals/" + latest.id(),
                        "Open"));
            }
            return Optional.of(new PersonSectionSummary(
                    rows,
                    all.isEmpty() ? null : "All referrals and the pathway timeline",
                    RoleGroup.WORKERS.includes(user.role())
                            ? List.of(new PersonSectionSummary.Action(
                                    "Make a referral", "/people/" + personId + "/referrals/new"))
                            : List.of()));
        };
    }
}
