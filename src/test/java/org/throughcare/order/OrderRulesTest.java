package org.throughcare.order;

import org.junit.jupiter.api.Test;
import org.throughcare.common.RuleViolationException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OrderRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 17);

    static RequirementDetails drr(LocalDate willingness, Integer periodMonths) {
        return new RequirementDetails(
                RequirementKind.DRR, willingness, 1L, "Leeds hub", Residence.NON_RESIDENT, periodMonths, 4, true, null);
    }

    static RequirementDetails simple(RequirementKind kind, LocalDate willingness) {
        return new RequirementDetails(kind, willingness, null, null, null, null, null, false, null);
    }

    static OrderDetails order(OrderType type, LocalDate starts, LocalDate ends, RequirementDetails... requirements) {
        return new OrderDetails(type, 1L, starts, starts, ends, Set.of(1L), 1L, List.of(requirements));
    }

    static List<String> fields(OrderDetails details) {
        return OrderRules.check(details, TODAY).stream()
                .map(RuleViolationException::field)
                .toList();
    }

    @Test
    void aCompleteDrrOrderPasses() {
        assertThat(fields(order(OrderType.COMMUNITY_ORDER, TODAY, TODAY.plusYears(1), drr(TODAY.minusDays(3), 6))))
                .isEmpty();
    }

    @Test
    void noTreatmentRequirementWithoutWillingnessToComply() {
        assertThat(fields(order(
                        OrderType.COMMUNITY_ORDER,
                        TODAY,
                        TODAY.plusYears(1),
                        drr(null, 6),
                        simple(RequirementKind.ATR, null),
                        simple(RequirementKind.MHTR, null),
                        simple(RequirementKind.UNPAID_WORK, null))))
                .containsExactly("drrWillingnessOn", "atrWillingnessOn", "mhtrWillingnessOn");
    }

    @Test
    void willingnessComesOnOrBeforeTheSentence() {
        assertThat(fields(order(OrderType.COMMUNITY_ORDER, TODAY.minusDays(5), TODAY.plusYears(1), drr(TODAY, 6))))
                .containsExactly("drrWillingnessOn");
        assertThat(fields(order(
                        OrderType.COMMUNITY_ORDER, TODAY.minusDays(5), TODAY.plusYears(1), drr(TODAY.minusDays(5), 6))))
                .isEmpty();
    }

    @Test
    void aCommunityOrderLastsAtMostThreeYearsButASuspendedSentenceOrderIsNotHeldToIt() {
        assertThat(fields(order(OrderType.COMMUNITY_ORDER, TODAY, TODAY.plusYears(3), drr(TODAY, 6))))
                .isEmpty();
        assertThat(OrderRules.check(
                        order(
                                OrderType.COMMUNITY_ORDER,
                                TODAY,
                                TODAY.plusYears(3).plusDays(1),
                                drr(TODAY, 6)),
                        TODAY))
                .singleElement()
                .satisfies(p -> assertThat(p.getMessage())
                        .isEqualTo("A community order lasts at most 3 years: it must end by 17 June 2029"));
        assertThat(fields(order(
                        OrderType.SUSPENDED_SENTENCE_ORDER,
                        TODAY,
                        TODAY.plusYears(3).plusDays(1),
                        drr(TODAY, 6))))
                .isEmpty();
    }

    @Test
    void datesInOrderAndTheSentenceNotInTheFuture() {
        assertThat(fields(order(OrderType.COMMUNITY_ORDER, TODAY.plusDays(1), TODAY.plusYears(1), drr(TODAY, 6))))
                .containsExactly("sentencedOn");
        assertThat(fields(order(OrderType.COMMUNITY_ORDER, TODAY, TODAY, drr(TODAY, 6))))
                .contains("endsOn");
    }

    @Test
    void aDrrNeedsItsDetailsAndAPeriodThatFitsTheOrder() {
        RequirementDetails bare =
                new RequirementDetails(RequirementKind.DRR, TODAY, null, " ", null, null, null, false, null);
        assertThat(fields(order(OrderType.COMMUNITY_ORDER, TODAY, TODAY.plusYears(1), bare)))
                .containsExactly("drrProviderId", "drrPlace", "drrResidence", "drrPeriodMonths", "drrTestsPerMonth");
        assertThat(fields(order(OrderType.COMMUNITY_ORDER, TODAY, TODAY.plusMonths(6), drr(TODAY, 7))))
                .containsExactly("drrPeriodMonths");
        assertThat(fields(order(OrderType.COMMUNITY_ORDER, TODAY, TODAY.plusYears(3), drr(TODAY, 37))))
                .containsExactly("drrPeriodMonths");
    }

    @Test
    void anOrderNeedsARequirementAnOffenceAndACourt() {
        assertThat(fields(new OrderDetails(null, null, TODAY, TODAY, TODAY.plusYears(1), Set.of(), null, List.of())))
                .containsExactly("type", "courtId", "offenceIds", "requirements");
    }

    @Test
    void reviewsAreMandatoryAboveTheConfiguredPeriod() {
        OrderProperties defaults = OrderProperties.defaults();
        assertThat(defaults.reviewsMandatory(12)).isFalse();
        assertThat(defaults.reviewsMandatory(13)).isTrue();
        assertThat(defaults.reviewsMandatory(null)).isFalse();
        assertThat(new OrderProperties(null, 6).reviewsMandatory(7)).isTrue();
    }
}
