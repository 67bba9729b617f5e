package org.throughcare.person;

import org.springframework.stereotype.Component;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The person module's own sections of the person page, through the same mechanism as every other module's. */
final class PersonSections {

    private PersonSections() {}

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "Not recorded" : value;
    }

    public record Details(Long personId, List<SummaryRow> rows, boolean canChange) {}

    @Component
    static class PersonalDetails implements PersonPageSection<Details> {

        @Override
        public int position() {
            return 10;
        }

        @Override
        public String id() {
            return "personal-details";
        }

        @Override
        public String title() {
            return "Personal details";
        }

        @Override
        public String fragment() {
            return "person/sections :: personalDetails";
        }

        @Override
        public Details model(PersonRecord record, SignedInUser user) {
            Person p = record.person();
            String address = Stream.of(p.getAddressLine1(), p.getAddressLine2(), p.getTown(), p.getPostcode())
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            return new Details(
                    p.getId(),
                    List.of(
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
                                    p.getDependentChildren() == null
                                            ? "Not recorded"
                                            : String.valueOf(p.getDependentChildren())),
                            SummaryRow.of("Childcare responsibility", p.isChildcareResponsibility() ? "Yes" : "No"),
                            SummaryRow.of("First language", orNone(p.getFirstLanguage())),
                            SummaryRow.of("Interpreter needed", p.isInterpreterNeeded() ? "Yes" : "No"),
                            SummaryRow.of(
                                    "Injecting status",
                                    p.getInjectingStatus() == null
                                            ? "Not recorded"
                                            : p.getInjectingStatus().label())),
                    RoleGroup.WORKERS.includes(user.role()));
        }
    }

    public record Table(List<Cell> head, List<List<Cell>> rows) {}

    @Component
    static class SubstanceUse implements PersonPageSection<Table> {

        @Override
        public int position() {
            return 20;
        }

        @Override
        public String id() {
            return "substance-use";
        }

        @Override
        public String title() {
            return "Substance use";
        }

        @Override
        public String fragment() {
            return "person/sections :: substanceUse";
        }

        @Override
        public Table model(PersonRecord record, SignedInUser user) {
            return new Table(
                    List.of(Cell.text("Substance"), Cell.text("Use"), Cell.text("Route")),
                    record.person().getSubstances().stream()
                            .map(s -> List.of(
                                    Cell.text(s.getSubstance().label()),
                                    Cell.text(s.isPrimary() ? "Primary" : "Other"),
                                    Cell.text(
                                            s.getRoute() == null
                                                    ? "Not recorded"
                                                    : s.getRoute().label())))
                            .toList());
        }
    }

    public record Numbers(Long personId, List<Cell> head, List<List<Cell>> rows, boolean canAdd) {}

    @Component
    static class CustodyRecordNumbers implements PersonPageSection<Numbers> {

        @Override
        public int position() {
            return 30;
        }

        @Override
        public String id() {
            return "custody-record-numbers";
        }

        @Override
        public String title() {
            return "Custody record numbers";
        }

        @Override
        public String fragment() {
            return "person/sections :: custodyRecordNumbers";
        }

        @Override
        public Numbers model(PersonRecord record, SignedInUser user) {
            return new Numbers(
                    record.person().getId(),
                    List.of(Cell.text("Number"), Cell.text("Police force")),
                    record.custodyRecordNumbers().stream()
                            .map(n -> List.of(Cell.text(n.number()), Cell.text(n.forceName())))
                            .toList(),
                    RoleGroup.WORKERS.includes(user.role()));
        }
    }

    @Component
    static class Cases implements PersonPageSection<Table> {

        private final Formats formats;

        Cases(Formats formats) {
            this.formats = formats;
        }

        @Override
        public int position() {
            return 40;
        }

        @Override
        public String id() {
            return "cases";
        }

        @Override
        public String title() {
            return "Cases";
        }

        @Override
        public String fragment() {
            return "person/sections :: cases";
        }

        @Override
        public Table model(PersonRecord record, SignedInUser user) {
            return new Table(
                    List.of(
                            Cell.text("Team"),
                            Cell.text("Owner"),
                            Cell.text("Opened for"),
                            Cell.text("Opened"),
                            Cell.text("Status"),
                            Cell.text("Action")),
                    record.cases().stream()
                            .map(c -> List.of(
                                    Cell.text(c.teamName()),
                                    Cell.text(c.ownerName() == null ? "Unallocated" : c.ownerName()),
                                    Cell.text(c.openedFor().label()),
                                    Cell.text(formats.dateTime(c.openedAt())),
                                    c.open() ? Cell.tag("Open", "green") : Cell.tag("Closed", "grey"),
                                    c.open() && RoleGroup.WORKERS.includes(user.role())
                                            ? Cell.link("Manage case", "/cases/" + c.id())
                                            : Cell.text(c.open() ? "" : c.closeReason())))
                            .toList());
        }
    }
}
