package org.throughcare.person;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.throughcare.person.identifier.NhsNumber;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns a person's record into what the person page shows, so the template stays free of logic. */
@Component
class PersonPage {

    /** A section from another module, with its model already built. */
    record Section(String id, String title, String fragment, java.util.Map<String, Object> model) {}

    private final Formats formats;
    private final Clock clock;
    private final List<PersonRecordSection> sections;
    private final PersonOptions options;

    PersonPage(Formats formats, Clock clock, List<PersonRecordSection> sections, PersonOptions options) {
        this.formats = formats;
        this.clock = clock;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PersonRecordSection::order))
                .toList();
        this.options = options;
    }

    void addTo(Model model, PersonRecord record, SignedInUser user) {
        Person p = record.person();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("person", p);
        model.addAttribute(
                "flags", p.getFlags().stream().map(PersonFlag::label).sorted().toList());
        model.addAttribute("summary", summary(p, record, today));
        model.addAttribute("details", details(p));
        model.addAttribute(
                "substances",
                p.getSubstances().stream()
                        .map(s -> List.of(
                                Cell.text(s.getSubstance().label()),
                                Cell.text(s.isPrimary() ? "Primary" : "Other"),
                                Cell.text(
                                        s.getRoute() == null
                                                ? "Not recorded"
                                                : s.getRoute().label())))
                        .toList());
        model.addAttribute(
                "custodyNumbers",
                record.custodyRecordNumbers().stream()
                        .map(n -> List.of(Cell.text(n.number()), Cell.text(n.forceName())))
                        .toList());
        model.addAttribute(
                "cases",
                record.cases().stream()
                        .map(c -> List.of(
                                Cell.text(c.teamName()),
                                Cell.text(c.ownerName() == null ? "Unallocated" : c.ownerName()),
                                Cell.text(c.openedFor().label()),
                                Cell.text(formats.dateTime(c.openedAt())),
                                c.open() ? Cell.tag("Open", "green") : Cell.tag("Closed", "grey"),
                                c.open() ? Cell.link("Manage case", "/cases/" + c.id()) : Cell.text(c.closeReason())))
                        .toList());
        model.addAttribute("substancesHead", List.of(Cell.text("Substance"), Cell.text("Use"), Cell.text("Route")));
        model.addAttribute("custodyNumbersHead", List.of(Cell.text("Number"), Cell.text("Police force")));
        model.addAttribute(
                "casesHead",
                List.of(
                        Cell.text("Team"),
                        Cell.text("Owner"),
                        Cell.text("Opened for"),
                        Cell.text("Opened"),
                        Cell.text("Status"),
                        Cell.text("Action")));
        model.addAttribute("canEdit", user.role() != org.throughcare.user.Role.MANAGER);
        model.addAttribute("forceOptions", options.forceOptions());
        model.addAttribute("numberForm", new CustodyNumberForm());
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(s -> new Section(s.id(), s.title(), s.fragment(), s.model(p.getId(), user)))
                        .toList());
    }

    private List<SummaryRow> summary(Person p, PersonRecord record, LocalDate today) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Date of birth", formats.date(p.getDateOfBirth()) + " (age " + p.ageOn(today) + ")"));
        rows.add(SummaryRow.of("PNC ID", orNone(p.getPncId())));
        rows.add(SummaryRow.of("CRO number", orNone(p.getCroNumber())));
        rows.add(SummaryRow.of("CRN", orNone(p.getCrn())));
        rows.add(SummaryRow.of(
                "NHS number", p.getNhsNumber() == null ? "Not recorded" : NhsNumber.format(p.getNhsNumber())));
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

    private List<SummaryRow> details(Person p) {
        String address = Stream.of(p.getAddressLine1(), p.getAddressLine2(), p.getTown(), p.getPostcode())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return List.of(
                SummaryRow.of("Name", p.fullName()),
                SummaryRow.of("Other names and aliases", orNone(p.getOtherNames())),
                SummaryRow.of("Stated sex", p.getStatedSex().label()),
                SummaryRow.of(
                        "Gender identity",
                        p.getGenderIdentity() == null
                                ? "Not recorded"
                                : p.getGenderIdentity().label()),
                SummaryRow.of(
                        "Ethnicity",
                        p.getEthnicity() == null
                                ? "Not recorded"
                                : p.getEthnicity().fullLabel()),
                SummaryRow.of("Address", address.isEmpty() ? "Not recorded" : address),
                SummaryRow.of(
                        "Housing",
                        p.getHousingStatus() == null
                                ? "Not recorded"
                                : p.getHousingStatus().label()),
                SummaryRow.of(
                        "Dependent children",
                        p.getDependentChildren() == null ? "Not recorded" : String.valueOf(p.getDependentChildren())),
                SummaryRow.of("Childcare responsibility", p.isChildcareResponsibility() ? "Yes" : "No"),
                SummaryRow.of("First language", orNone(p.getFirstLanguage())),
                SummaryRow.of("Interpreter needed", p.isInterpreterNeeded() ? "Yes" : "No"),
                SummaryRow.of(
                        "Injecting status",
                        p.getInjectingStatus() == null
                                ? "Not recorded"
                                : p.getInjectingStatus().label()));
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "Not recorded" : value;
    }
}
