package org.throughcare.compliance;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.throughcare.database.ReadBatch;
import org.throughcare.person.PersonAccess;
import org.throughcare.person.PersonPageSection;
import org.throughcare.person.PersonRecord;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;

import java.util.List;
import java.util.function.Supplier;

/** Compliance on the person page: per active order, the tag, next appointment and overdue outcomes (one query). */
@Component
class CompliancePersonSection implements PersonPageSection<CompliancePersonSection.Model> {

    static final List<Cell> HEAD = List.of(
            Cell.text("Order"),
            Cell.text("Failures in 12 months"),
            Cell.text("Next appointment"),
            new Cell("Overdue outcomes", null, null, true));

    /** What compliance/person-section shows. */
    public record Model(List<Cell> head, List<List<Cell>> rows) {}

    private final ComplianceSummaries summaries;
    private final PersonAccess access;
    private final Formats formats;
    private final JdbcOperations jdbc;

    CompliancePersonSection(ComplianceSummaries summaries, PersonAccess access, Formats formats, JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.access = access;
        this.formats = formats;
    }

    @Override
    public int position() {
        return 75;
    }

    @Override
    public String id() {
        return "compliance";
    }

    @Override
    public String title() {
        return "Compliance";
    }

    @Override
    public String fragment() {
        return "compliance/person-section :: section";
    }

    @Override
    public Model model(PersonRecord person, SignedInUser user) {
        return ReadBatch.alone(jdbc, reads -> model(person, user, reads));
    }

    /** The orders' statement goes with the person page's other sections'. */
    @Override
    public Supplier<Model> model(PersonRecord person, SignedInUser user, ReadBatch reads) {
        Long personId = person.person().getId();
        access.checkCanView(user, personId);
        Supplier<List<OrderCompliance>> orders = summaries.activeOrdersOf(personId, reads);
        return () -> new Model(
                HEAD,
                orders.get().stream()
                        .map(o -> List.of(
                                Cell.link(o.label() + ", ends " + o.endsOnText(), "/orders/" + o.orderId()),
                                Cell.tag(o.tag().text(), o.tag().colour()),
                                Cell.text(o.nextAppointment() == null ? "None" : formats.dateTime(o.nextAppointment())),
                                Cell.number(o.overdue())))
                        .toList());
    }
}
