package org.throughcare.order;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Orders on PostgreSQL: willingness, review schedules, decisions, read-only after the end, scope and audit. */
@IntegrationTest
@Import({Fixtures.class, OrderFixtures.class})
class OrderIntegrationTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    OrderService orders;

    @Autowired
    OrderDirectory directory;

    @Autowired
    CourtReviews reviews;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser officer;
    Person person;

    @BeforeEach
    void setUp() {
        officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        person = data.person(officer);
    }

    @Test
    void aDrrWithoutWillingnessIsRefusedAndNothingIsSaved() {
        OrderDetails details = new OrderDetails(
                OrderType.COMMUNITY_ORDER,
                fixtures.courtId(),
                TODAY,
                TODAY,
                TODAY.plusMonths(12),
                Set.of(fixtures.offenceId()),
                null,
                List.of(fixtures.drrRequirement(null, 6, true)));

        assertThatThrownBy(() -> orders.make(person.getId(), details, officer))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("drrWillingnessOn"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from court_order where person_id = ?", Integer.class, person.getId()))
                .isZero();
    }

    @Test
    void aDrrOrderSchedulesMonthlyReviewsOpensACaseAndIsAudited() {
        Long orderId = fixtures.drrOrder(person.getId(), TODAY.minusMonths(2), officer);

        OrderSummary order = directory.order(orderId, officer);
        assertThat(order.label()).isEqualTo("Community order: DRR");
        assertThat(order.responsibleOfficerId()).isEqualTo(officer.id());
        assertThat(order.status(TODAY)).isEqualTo(OrderStatus.ACTIVE);
        assertThat(directory.reviews(orderId, officer))
                .extracting(ReviewSummary::dueOn)
                .containsExactly(
                        TODAY.minusMonths(1),
                        TODAY,
                        TODAY.plusMonths(1),
                        TODAY.plusMonths(2),
                        TODAY.plusMonths(3),
                        TODAY.plusMonths(4));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'CourtOrder' and record_id = ?",
                        Integer.class,
                        String.valueOf(orderId)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select next_review_on from order_overview where order_id = ?", LocalDate.class, orderId))
                .isEqualTo(TODAY.minusMonths(1));
    }

    @Test
    void reviewsAreMandatoryWhenTheTreatmentAndTestingPeriodIsOverTwelveMonths() {
        CourtOrder order = orders.make(person.getId(), fixtures.drr(TODAY, 18, false), officer);

        assertThat(orders.requirementsOf(order.getId(), officer))
                .singleElement()
                .satisfies(r -> assertThat(r.isCourtReviews()).isTrue());
        assertThat(reviews.reviewsOf(order.getId(), officer)).hasSize(18);
    }

    @Test
    void anEndedOrderIsReadOnlyExceptForAManagersCorrection() {
        Long orderId = fixtures.drrOrder(person.getId(), TODAY.minusMonths(7), officer);
        fixtures.complete(orderId, TODAY.minusDays(3), officer);

        assertThat(directory.order(orderId, officer).status(TODAY)).isEqualTo(OrderStatus.ENDED);
        assertThatThrownBy(() -> directory.orderForChange(orderId, officer))
                .hasMessage("This order ended on 14 June 2026 (completed). Only a manager can correct an ended order.");

        SignedInUser manager = data.user(Role.MANAGER, "Leeds");
        orders.recordDecision(orderId, OrderOutcome.REVOKED_GOOD_PROGRESS, TODAY.minusDays(3), null, "Typo", manager);
        assertThat(directory.order(orderId, officer).endedOutcome()).isEqualTo(OrderOutcome.REVOKED_GOOD_PROGRESS);
        assertThat(jdbc.queryForObject(
                        "select summary from audit_event where record_type = 'CourtOrder' and record_id = ?"
                                + " order by id desc limit 1",
                        String.class,
                        String.valueOf(orderId)))
                .startsWith("Manager's correction");
    }
}
