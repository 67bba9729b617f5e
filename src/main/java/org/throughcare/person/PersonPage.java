package org.throughcare.person;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.throughcare.database.ReadBatch;
import org.throughcare.database.ReadOnlyRows;
import org.throughcare.person.identifier.CroNumber;
import org.throughcare.person.identifier.NhsNumber;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns a person's record into what the person page shows: the summary at the top, then every section any
 * module contributes ({@link PersonPageSection}), all built in one transaction with the scope check and the
 * audited view, so a page is one connection and one commit however many sections it has.
 */
@Component
class PersonPage {

    /**
     * A section ready for the page: its summary and the link to its own page, or (summary null) its model for its
     * fragment.
     */
    public record Section(
            String id, String title, String fragment, Object model, PersonSectionSummary summary, String href) {}

    private final Formats formats;
    private final Clock clock;
    private final List<PersonPageSection<?>> sections;
    private final PersonService people;
    private final PersonMerge merges;
    private final ReadOnlyRows readOnly;
    private final JdbcOperations jdbc;

    PersonPage(
            Formats formats,
            Clock clock,
            List<PersonPageSection<?>> sections,
            PersonService people,
            PersonMerge merges,
            ReadOnlyRows readOnly,
            JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.merges = merges;
        this.readOnly = readOnly;
        this.people = people;
        this.formats = formats;
        this.clock = clock;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PersonPageSection::position))
                .toList();
    }

    @Transactional
    void addTo(Model model, Long personId, SignedInUser user) {
        PersonRecord record = people.view(personId, user);
        readOnly.fromNowOn();
        Person p = record.person();
        model.addAttribute("person", p);
        model.addAttribute(
                "flags", p.getFlags().stream().map(PersonFlag::label).sorted().toList());
        model.addAttribute("summary", summary(p, record, LocalDate.now(clock)));
        model.addAttribute("canMerge", RoleGroup.WORKERS.includes(user.role()));
        // Asked only when the person row says some record was merged into this one.
        model.addAttribute(
                "mergedRecords",
                p.getMergedRecords() == 0
                        ? List.of()
                        : merges.mergedInto(p.getId()).stream()
                                .map(m -> m.fullName() + ", born " + formats.date(m.getDateOfBirth())
                                        + ": merged into this record "
                                        + formats.dateTime(m.getMergedAt()) + " by " + m.getMergedBy() + " ("
                                        + m.getMergeReason() + ")")
                                .toList());
        // Every section's statement, its summary's or the whole section's, goes in one round trip; the suppliers are
        // asked once it is back.
        ReadBatch reads = new ReadBatch(jdbc);
        List<Supplier<Section>> shown = sections.stream()
                .filter(section -> section.shownTo(user))
                .map(section -> section(section, record, user, reads))
                .toList();
        reads.send();
        model.addAttribute("sections", shown.stream().map(Supplier::get).toList());
    }

    /**
     * One section of the person's record on a page of its own: the same scope check and audited view as the person
     * page. Empty when no section has that id or this user does not see it.
     */
    @Transactional
    Optional<Section> addSectionTo(Model model, Long personId, String sectionId, SignedInUser user) {
        Optional<PersonPageSection<?>> found = sections.stream()
                .filter(section -> section.id().equals(sectionId) && section.shownTo(user))
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PersonRecord record = people.view(personId, user);
        readOnly.fromNowOn();
        model.addAttribute("person", record.person());
        Section section = whole(found.get(), record, user);
        model.addAttribute("section", section);
        return Optional.of(section);
    }

    private static Supplier<Section> section(
            PersonPageSection<?> section, PersonRecord record, SignedInUser user, ReadBatch reads) {
        Supplier<Optional<PersonSectionSummary>> summary = section.summary(record, user, reads);
        Supplier<?> whole = section.model(record, user, reads);
        return () -> summary.get()
                .map(s -> new Section(
                        section.id(),
                        section.title(),
                        null,
                        null,
                        s,
                        "/people/" + record.person().getId() + "/" + section.id()))
                .orElseGet(
                        () -> new Section(section.id(), section.title(), section.fragment(), whole.get(), null, null));
    }

    private static Section whole(PersonPageSection<?> section, PersonRecord record, SignedInUser user) {
        return new Section(section.id(), section.title(), section.fragment(), section.model(record, user), null, null);
    }

    private List<SummaryRow> summary(Person p, PersonRecord record, LocalDate today) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Date of birth", formats.date(p.getDateOfBirth()) + " (age " + p.ageOn(today) + ")"));
        rows.add(SummaryRow.of("PNC ID", orNone(p.getPncId())));
        rows.add(SummaryRow.of(
                "CRO number",
                p.getCroNumber() == null
                        ? "Not recorded"
                        : p.getCroNumber()
                                + (CroNumber.isWithoutFingerprints(p.getCroNumber())
                                        ? " (SF number: record made without fingerprints)"
                                        : " (fingerprint record)")));
        rows.add(SummaryRow.of("CRN", orNone(p.getCrn())));
        rows.add(SummaryRow.of(
                "NHS number",
                p.getNhsNumber() == null
                        ? "Not recorded"
                        : NhsNumber.format(p.getNhsNumber())
                                + (NhsNumber.isTestNumber(p.getNhsNumber()) ? " (test number: synthetic data)" : "")));
        rows.add(SummaryRow.of("Prison number", orNone(p.getPrisonNumber())));
        String openTeams = record.cases().stream()
                .filter(PersonRecord.CaseLine::open)
                .map(PersonRecord.CaseLine::teamName)
                .distinct()
                .collect(Collectors.joining(", "));
        rows.add(SummaryRow.of("Teams with an open case", openTeams.isEmpty() ? "None" : openTeams));
        record.cases().stream()
                .map(PersonRecord.CaseLine::openedAt)
                .min(Comparator.naturalOrder())
                .ifPresent(first -> rows.add(SummaryRow.of("First case opened", formats.dateTime(first))));
        rows.add(SummaryRow.of("Record last changed", formats.dateTime(p.getUpdatedAt()) + " by " + p.getUpdatedBy()));
        return rows;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "Not recorded" : value;
    }
}
