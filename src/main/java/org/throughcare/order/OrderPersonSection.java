package org.throughcare.order;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.throughcare.database.ReadBatch;
import org.throughcare.person.PersonPageSection;
import org.throughcare.person.PersonRecord;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A person's court orders on the person page: one statement however many orders, with each responsible officer's
 * name from the user module's published {@code user_overview} (the page checked scope).
 */
@Component
class OrderPersonSection implements PersonPageSection<OrderPersonSection.Model> {

    static final List<Cell> HEAD =
            List.of(Cell.text("Order"), Cell.text("Status"), Cell.text("Dates"), Cell.text("Responsible officer"));

    public record Model(Long personId, List<Cell> head, List<List<Cell>> rows, boolean canRecord) {}

    private record Row(
            Long id,
            OrderType type,
            String requirements,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate endedOn,
            OrderOutcome endedOutcome,
            String officerName) {}

    private final JdbcOperations jdbc;
    private final Clock clock;

    OrderPersonSection(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int position() {
        return 72;
    }

    @Override
    public String id() {
        return "orders";
    }

    @Override
    public String title() {
        return "Court orders";
    }

    @Override
    public String fragment() {
        return "order/person-section :: section";
    }

    @Override
    public Model model(PersonRecord person, SignedInUser user) {
        return ReadBatch.alone(jdbc, reads -> model(person, user, reads));
    }

    /** The orders' statement goes with the person page's other sections'. */
    @Override
    public Supplier<Model> model(PersonRecord person, SignedInUser user, ReadBatch reads) {
        Long personId = person.person().getId();
        Supplier<List<Row>> found = reads.query(
                """
                        select o.order_id, o.order_type, o.requirement_kinds, o.starts_on, o.ends_on, o.ended_on,
                               o.ended_outcome, u.display_name as officer_name
                        from order_overview o
                        left join user_overview u on u.user_id = o.responsible_officer_id
                        where o.person_id = :personId
                        order by o.starts_on desc, o.order_id desc
                        """,
                Map.of("personId", personId),
                (rs, n) -> new Row(
                        rs.getLong("order_id"),
                        OrderType.valueOf(rs.getString("order_type")),
                        rs.getString("requirement_kinds"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        rs.getString("ended_outcome") == null
                                ? null
                                : OrderOutcome.valueOf(rs.getString("ended_outcome")),
                        rs.getString("officer_name")));
        return () -> model(personId, found.get(), user);
    }

    private Model model(Long personId, List<Row> found, SignedInUser user) {
        LocalDate today = LocalDate.now(clock);
        List<List<Cell>> rows = found.stream()
                .map(r -> {
                    OrderSummary summary = new OrderSummary(
                            r.id(),
                            personId,
                            null,
                            null,
                            r.officerName(),
                            r.type(),
                            null,
                            null,
                            r.startsOn(),
                            r.endsOn(),
                            r.endedOn(),
                            r.endedOutcome(),
                            kinds(r.requirements()),
                            null);
                    OrderStatus status = summary.status(today);
                    return List.of(
                            Cell.link(summary.label(), "/orders/" + r.id()),
                            Cell.tag(
                                    status == OrderStatus.ENDED
                                            ? r.endedOutcome().label()
                                            : status.label(),
                                    status.colour()),
                            Cell.text(Formats.ukDate(r.startsOn()) + " to "
                                    + Formats.ukDate(r.endedOn() != null ? r.endedOn() : r.endsOn())),
                            Cell.text(
                                    summary.responsibleOfficerName() == null ? "" : summary.responsibleOfficerName()));
                })
                .toList();
        return new Model(personId, HEAD, rows, RoleGroup.PROBATION_OFFICERS.includes(user.role()));
    }

    private static List<RequirementKind> kinds(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        Set<String> known = Arrays.stream(codes.split(",")).collect(Collectors.toSet());
        return Arrays.stream(RequirementKind.values())
                .filter(k -> known.contains(k.name()))
                .toList();
    }
}
