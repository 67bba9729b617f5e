package org.throughcare.referral;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Consent on the person page: what is current at a glance, then the history with withdrawals. */
@Component
class ConsentPersonSection implements PersonPageSection<ConsentPersonSection.Model> {

    /** What referral/consent-section shows. */
    public record Model(
            Long personId, List<SummaryRow> status, List<Cell> head, List<List<Cell>> history, boolean canRecord) {}

    private final ConsentService consents;
    private final Formats formats;

    ConsentPersonSection(ConsentService consents, Formats formats) {
        this.consents = consents;
        this.formats = formats;
    }

    @Override
    public int position() {
        return 50;
    }

    @Override
    public String id() {
        return "consent";
    }

    @Override
    public String title() {
        return "Consent";
    }

    @Override
    public String fragment() {
        return "referral/consent-section :: section";
    }

    /** What consent is current, with the history on the section's own page. */
    @Override
    public Supplier<Optional<PersonSectionSummary>> summary(PersonRecord person, SignedInUser user, ReadBatch reads) {
        Long personId = person.person().getId();
        Supplier<ConsentService.Current> read = consents.current(personId, user, reads);
        return () -> {
            ConsentService.Current current = read.get();
            return Optional.of(new PersonSectionSummary(
                    status(current.inForce()),
                    current.anyRecorded() ? "Consent history, with withdrawals" : null,
                    RoleGroup.WORKERS.includes(user.role())
                            ? List.of(new PersonSectionSummary.Action(
                                    "Record consent", "/people/" + personId + "/consent/new"))
                            : List.of()));
        };
    }

    @Override
    public Model model(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        boolean worker = RoleGroup.WORKERS.includes(user.role());
        List<Consent> all = consents.forPerson(personId, user);
        List<SummaryRow> status = status(all.stream()
                .filter(Consent::current)
                .map(c -> new ConsentService.InForce(c.item(), c.getGivenAt()))
                .toList());
        List<List<Cell>> history = all.stream()
                .map(c -> List.of(
                        Cell.text(StringUtils.capitalize(c.item().label())),
                        Cell.text(formats.dateTime(c.getGivenAt()) + ", "
                                + c.getGivenHow().label().toLowerCase(java.util.Locale.UK) + " (recorded by "
                                + c.getCreatedBy() + ")"),
                        c.current()
                                ? Cell.tag("Current", "green")
                                : Cell.text("Withdrawn " + formats.dateTime(c.getWithdrawnAt()) + ": "
                                        + c.getWithdrawalReason()),
                        worker && c.current()
                                ? Cell.link("Withdraw", "/consent/" + c.getId() + "/withdraw")
                                : Cell.text("")))
                .toList();
        return new Model(
                personId,
                status,
                List.of(Cell.text("Consent to"), Cell.text("Given"), Cell.text("Status"), Cell.text("Action")),
                history,
                worker);
    }

    /**
     * What is current, from the consents in force (newest first): consent to assessment and treatment, and who
     * information may be shared with.
     */
    private List<SummaryRow> status(List<ConsentService.InForce> inForce) {
        Map<ConsentItem, ConsentService.InForce> current = inForce.stream()
                .collect(Collectors.toMap(ConsentService.InForce::item, Function.identity(), (a, b) -> a));
        List<SummaryRow> status = new ArrayList<>();
        ConsentService.InForce treatment = current.get(new ConsentItem(ConsentSubject.ASSESSMENT_AND_TREATMENT, null));
        status.add(SummaryRow.of(
                "Assessment and treatment",
                treatment == null ? "No current consent" : "Given " + formats.dateTime(treatment.givenAt())));
        String sharing = ConsentItem.all().stream()
                .filter(i -> i.subject() == ConsentSubject.SHARING && current.containsKey(i))
                .map(i -> i.agency().label())
                .collect(Collectors.joining(", "));
        status.add(SummaryRow.of(
                "Information may be shared with", sharing.isEmpty() ? "No one: no current consent" : sharing));
        return status;
    }
}
