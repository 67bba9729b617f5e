package org.throughcare.person;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
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
import java.util.stream.Collectors;

/**
 * Turns a person's record into what the person page shows: the summary at the top, then every section any
 * module contributes ({@link PersonPageSection}), all built in one transaction with the scope check and the
 * audited view, so a page is one connection and one commit however many sections it has.
 */
@Component
class PersonPage {

    /** A section with its model built, ready for its fragment. */
    record Section(String id, String title, String fragment, Object model) {}

    private final Formats formats;
    private final Clock clock;
    private final List<PersonPageSection<?>> sections;
    private final PersonService people;
    private final PersonMerge merges;
    private final ReadOnlyRows readOnly;

    PersonPage(
            Formats formats,
            Clock clock,
            List<PersonPageSection<?>> sections,
            PersonService people,
            PersonMerge merges,
            ReadOnlyRows readOnly) {
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
        model.addAttribute(
                "sections",
                sections.stream()
                        .filter(section -> section.shownTo(user))
                        .map(section -> new Section(
                                section.id(), section.title(), section.fragment(), section.model(record, user)))
                        .toList());
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
