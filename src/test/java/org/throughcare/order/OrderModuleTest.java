package org.throughcare.order;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.throughcare.Fixtures;
import org.throughcare.TestClock;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The order module on its own (with the modules it depends on): what it publishes when an order is made and ends. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({Fixtures.class, TestClock.class, OrderFixtures.class})
class OrderModuleTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderFixtures orders;

    @Test
    void anOrderMadeIsPublishedWithItsTeam(Scenario scenario) {
        SignedInUser officer = fixtures.user(Role.PROBATION_OFFICER, "Cumbria");
        Person person = fixtures.person(officer);

        scenario.stimulate(() -> orders.drrOrder(person.getId(), TestClock.TODAY, officer))
                .andWaitForEventOfType(OrderMade.class)
                .matching(event -> event.personId().equals(person.getId()))
                .toArriveAndVerify(event -> assertThat(event.teamId()).isEqualTo(officer.teamId()));
    }

    @Test
    void anOrderEndedIsPublishedWithHowItEnded(Scenario scenario) {
        SignedInUser officer = fixtures.user(Role.PROBATION_OFFICER, "Cumbria");
        Person person = fixtures.person(officer);
        Long orderId = orders.drrOrder(person.getId(), TestClock.TODAY.minusMonths(7), officer);

        scenario.stimulate(() -> orders.complete(orderId, TestClock.TODAY.minusDays(1), officer))
                .andWaitForEventOfType(OrderEnded.class)
                .matching(event -> event.orderId().equals(orderId))
                .toArriveAndVerify(event -> {
                    assertThat(event.outcome()).isEqualTo(OrderOutcome.COMPLETED);
                    assertThat(event.endedOn()).isEqualTo(TestClock.TODAY.minusDays(1));
                });
    }
}
