package org.throughcare.order;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Orders for tests in any module, made through the order service so that they obey its rules: import it with
 * {@code @Import(OrderFixtures.class)}.
 */
@TestComponent
public class OrderFixtures {

    private final OrderService orders;
    private final JdbcTemplate jdbc;

    OrderFixtures(OrderService orders, JdbcTemplate jdbc) {
        this.orders = orders;
        this.jdbc = jdbc;
    }

    /** A community order with a 6-month DRR and court reviews, made and started on the day, supervised by the officer. */
    public Long drrOrder(Long personId, LocalDate startsOn, SignedInUser officer) {
        return orders.make(personId, drr(startsOn, 6, true), officer).getId();
    }

    /** A community order with only an unpaid work requirement. */
    public Long unpaidWorkOrder(Long personId, LocalDate startsOn, SignedInUser officer) {
        return orders.make(
                        personId,
                        new OrderDetails(
                                OrderType.COMMUNITY_ORDER,
                                courtId(),
                                startsOn,
                                startsOn,
                                startsOn.plusMonths(12),
                                Set.of(offenceId()),
                                officer.id(),
                                List.of(new RequirementDetails(
                                        RequirementKind.UNPAID_WORK,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        false,
                                        "100 hours"))),
                        officer)
                .getId();
    }

    /** An order made through the service from the details given. */
    public Long make(Long personId, OrderDetails details, SignedInUser officer) {
        return orders.make(personId, details, officer).getId();
    }

    /** Ends the order (completed on the day). */
    public void complete(Long orderId, LocalDate on, SignedInUser officer) {
        orders.recordDecision(orderId, OrderOutcome.COMPLETED, on, null, null, officer);
    }

    OrderDetails drr(LocalDate startsOn, int periodMonths, boolean reviews) {
        return new OrderDetails(
                OrderType.COMMUNITY_ORDER,
                courtId(),
                startsOn,
                startsOn,
                startsOn.plusMonths(Math.max(12, periodMonths)),
                Set.of(offenceId()),
                null,
                List.of(drrRequirement(startsOn.minusDays(1), periodMonths, reviews)));
    }

    RequirementDetails drrRequirement(LocalDate willingness, int periodMonths, boolean reviews) {
        return new RequirementDetails(
                RequirementKind.DRR,
                willingness,
                providerId(),
                "Northgate Community Recovery Service, Leeds",
                Residence.NON_RESIDENT,
                periodMonths,
                4,
                reviews,
                null);
    }

    Long courtId() {
        return jdbc.queryForObject("select min(id) from court where active", Long.class);
    }

    Long offenceId() {
        return jdbc.queryForObject("select min(id) from offence where active", Long.class);
    }

    Long providerId() {
        return jdbc.queryForObject(
                "select min(id) from provider where active and service = 'COMMUNITY_DRUG_TREATMENT'", Long.class);
    }
}
