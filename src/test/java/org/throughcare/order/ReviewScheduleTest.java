package org.throughcare.order;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewScheduleTest {

    @Test
    void monthlyFromTheStartUpToTheEndOfTheTreatmentAndTestingPeriod() {
        assertThat(ReviewSchedule.dates(LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 10), 3, Period.ofMonths(1)))
                .containsExactly(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 10));
    }

    @Test
    void monthEndsDoNotDrift() {
        assertThat(ReviewSchedule.dates(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 1, 31), 3, Period.ofMonths(1)))
                .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
    }

    @Test
    void stopsAtTheEndOfTheOrderWhenThatComesFirst() {
        assertThat(ReviewSchedule.dates(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1), 12, Period.ofMonths(1)))
                .containsExactly(LocalDate.of(2026, 2, 10));
    }

    @Test
    void aLongerIntervalGivesFewerReviews() {
        assertThat(ReviewSchedule.dates(LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 10), 6, Period.ofMonths(2)))
                .hasSize(3);
        assertThatThrownBy(() ->
                        ReviewSchedule.dates(LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 10), 6, Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
