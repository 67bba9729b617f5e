package org.throughcare.order;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.person.PersonPageSection;
import org.throughcare.person.PersonRecord;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A person's court orders on the person page: two statements however many orders (the page checked scope). */
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
            Long officerId) {}

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Clock clock;

    OrderPersonSection(JdbcClient jdbc, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
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
        Long personId = person.person().getId();
        List<Row> found = jdbc.sql("""
                        select order_id, order_type, requirement_kinds, starts_on, ends_on, ended_on, ended_outcome,
                               responsible_officer_id
                        from order_overview where person_id = :personId
                        order by starts_on desc, order_id desc
                        """)
                .param("personId", personId)
                .query((rs, n) -> new Row(
                        rs.getLong("order_id"),
                        OrderType.valueOf(rs.getString("order_type")),
                        rs.getString("requirement_kinds"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        rs.getString("ended_outcome") == null
                                ? null
                                : OrderOutcome.valueOf(rs.getString("ended_outcome")),
                        rs.getLong("responsible_officer_id")))
                .list();
        Map<Long, UserDirectory.UserSummary> officers =
                users.users(found.stream().map(Row::officerId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        List<List<Cell>> rows = found.stream()
                .map(r -> {
                    OrderSummary summary = new OrderSummary(
                            r.id(),
                            personId,
                            null,
                            r.officerId(),
                            null,
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
                    UserDirectory.UserSummary officer = officers.get(r.officerId());
                    return List.of(
                            Cell.link(summary.label(), "/orders/" + r.id()),
                            Cell.tag(
                                    status == OrderStatus.ENDED
                                            ? r.endedOutcome().label()
                                            : status.label(),
                                    status.colour()),
                            Cell.text(Formats.ukDate(r.startsOn()) + " to "
                                    + Formats.ukDate(r.endedOn() != null ? r.endedOn() : r.endsOn())),
                            Cell.text(officer == null ? "" : officer.displayName()));
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
