package org.throughcare.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral lifecycle, every status against every step: the steps written out here are the ones allowed;
 * every other step is refused with a message. Then the rules on time: not before the last step, not in the
 * future, retention only 12 weeks after engagement.
 */
class ReferralLifecycleTest {

    static final Instant SENT = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    static final Duration TWELVE_WEEKS = Duration.ofDays(84);

    @ParameterizedTest(name = "{0} allows {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SENT                | ACKNOWLEDGED DECLINED_BY_PERSON REJECTED_BY_SERVICE WITHDRAWN",
                "ACKNOWLEDGED        | ASSESSED DECLINED_BY_PERSON DID_NOT_ENGAGE REJECTED_BY_SERVICE WITHDRAWN",
                "ASSESSED            | ENGAGED DECLINED_BY_PERSON DID_NOT_ENGAGE REJECTED_BY_SERVICE TRANSFERRED",
                "ENGAGED             | RETAINED COMPLETED DID_NOT_ENGAGE TRANSFERRED",
                "RETAINED            | COMPLETED DID_NOT_ENGAGE TRANSFERRED",
                "COMPLETED           | ''",
                "DECLINED_BY_PERSON  | ''",
                "DID_NOT_ENGAGE      | ''",
                "REJECTED_BY_SERVICE | ''",
                "WITHDRAWN           | ''",
                "TRANSFERRED         | ''"
            })
    void everyStepFromEveryStatus(ReferralStatus status, String allowed) {
        Set<ReferralStep> expected = allowed.isBlank()
                ? EnumSet.noneOf(ReferralStep.class)
                : Arrays.stream(allowed.trim().split("\\s+"))
                        .map(ReferralStep::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralStep.class)));
        for (ReferralStep step : ReferralStep.values()) {
            var answer = ReferralLifecycle.allows(status, step);
            assertThat(answer.isAllowed()).as(status + " then " + step).isEqualTo(expected.contains(step));
            if (!answer.isAllowed()) {
                assertThat(answer.refusal()).as(status + " then " + step).isNotBlank();
            }
        }
    }

    @Test
    void aStepOutOfTurnSaysWhatMustBeRecordedFirst() {
        assertThat(ReferralLifecycle.allows(ReferralStatus.SENT, ReferralStep.ENGAGED)
                        .refusal())
                .isEqualTo(
                        "“First appointment attended” can't be recorded yet: record acknowledged and assessed first");
        assertThat(ReferralLifecycle.allows(ReferralStatus.ACKNOWLEDGED, ReferralStep.RETAINED)
                        .refusal())
                .isEqualTo(
                        "“Retained at 12 weeks” can't be recorded yet: record assessed and first appointment attended first");
        assertThat(ReferralLifecycle.allows(ReferralStatus.WITHDRAWN, ReferralStep.ACKNOWLEDGED)
                        .refusal())
                .isEqualTo("This referral has ended (withdrawn): nothing more can be recorded on it");
        assertThat(ReferralLifecycle.allows(ReferralStatus.ENGAGED, ReferralStep.WITHDRAWN)
                        .refusal())
                .startsWith("“Withdrawn” can't be recorded now: the referral is engaged. Next it can be:");
    }

    @ParameterizedTest
    @EnumSource(ReferralStep.class)
    void theStatusIsDerivedFromTheLastStepRecorded(ReferralStep step) {
        Referral referral = sent();
        for (ReferralStep before : pathTo(step)) {
            referral.record(before, SENT.plus(Duration.ofDays(1)), "worker", "why");
        }
        referral.record(step, SENT.plus(Duration.ofDays(100)), "worker", "why");
        assertThat(referral.status()).isEqualTo(ReferralStatus.after(step));
        assertThat(referral.lastStepAt()).isEqualTo(SENT.plus(Duration.ofDays(100)));
    }

    @Test
    void aStepCannotComeBeforeTheOneBeforeItNorInTheFuture() {
        Referral referral = sent();
        assertThat(check(referral, ReferralStep.ACKNOWLEDGED, SENT.minusSeconds(60)))
                .singleElement()
                .asString()
                .startsWith("The time must be after the referral was sent, on ");
        assertThat(check(referral, ReferralStep.ACKNOWLEDGED, NOW.plusSeconds(60)))
                .containsExactly("The time must be in the past");
        assertThat(check(referral, ReferralStep.ACKNOWLEDGED, SENT.plusSeconds(60)))
                .isEmpty();
    }

    @Test
    void retentionIsCountedTwelveWeeksFromTheFirstAppointmentAttended() {
        Referral referral = sent();
        Instant engaged = SENT.plus(Duration.ofDays(10));
        referral.record(ReferralStep.ACKNOWLEDGED, SENT.plus(Duration.ofDays(1)), "w", null);
        referral.record(ReferralStep.ASSESSED, SENT.plus(Duration.ofDays(5)), "w", null);
        referral.record(ReferralStep.ENGAGED, engaged, "w", null);

        assertThat(check(
                        referral,
                        ReferralStep.RETAINED,
                        engaged.plus(TWELVE_WEEKS).minusSeconds(60)))
                .singleElement()
                .asString()
                .startsWith("Retention can be recorded from " + engaged.plus(TWELVE_WEEKS) + ": 12 weeks after");
        assertThat(check(referral, ReferralStep.RETAINED, engaged.plus(TWELVE_WEEKS)))
                .isEmpty();
        assertThat(check(referral, ReferralStep.COMPLETED, engaged.plus(Duration.ofDays(20))))
                .isEmpty();
    }

    private static List<String> check(Referral referral, ReferralStep step, Instant at) {
        return ReferralLifecycle.check(referral, step, at, NOW, TWELVE_WEEKS, Instant::toString);
    }

    /** The forward steps a step needs before it, so that it is allowed. */
    private static List<ReferralStep> pathTo(ReferralStep step) {
        return switch (step) {
            case ACKNOWLEDGED, DECLINED_BY_PERSON, REJECTED_BY_SERVICE, WITHDRAWN -> List.of();
            case ASSESSED, DID_NOT_ENGAGE -> List.of(ReferralStep.ACKNOWLEDGED);
            case ENGAGED, TRANSFERRED -> List.of(ReferralStep.ACKNOWLEDGED, ReferralStep.ASSESSED);
            case RETAINED, COMPLETED -> List.of(ReferralStep.ACKNOWLEDGED, ReferralStep.ASSESSED, ReferralStep.ENGAGED);
        };
    }

    private static Referral sent() {
        Provider provider = new Provider(new ProviderDetails(
                "Test provider", ServiceKind.COMMUNITY_DRUG_TREATMENT, null, null, null, null, true, 0));
        return new Referral(
                1L,
                ReferralStage.CUSTODY,
                provider,
                "Needs help",
                Urgency.ROUTINE,
                1L,
                null,
                null,
                null,
                SENT,
                "referrer");
    }
}
