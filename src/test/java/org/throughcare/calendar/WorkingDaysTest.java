package org.throughcare.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    /** The England and Wales bank holidays these cases need (the full list is seeded by migration V9). */
    private final WorkingDays days = new WorkingDays(List.of(
            LocalDate.of(2025, 8, 25),
            LocalDate.of(2024, 5, 6),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 8, 30),
            LocalDate.of(2027, 12, 27),
            LocalDate.of(2027, 12, 28)));

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-11-23, 5, 2026-11-30", // Monday to the next Monday
        "2026-11-27, 5, 2026-12-04", // Friday to the next Friday
        "2026-11-28, 1, 2026-11-30", // Saturday: Monday is the first working day
        "2026-11-29, 5, 2026-12-04", // Sunday
        "2026-12-21, 5, 2026-12-30", // Christmas Day (Fri) and the Boxing Day substitute (Mon 28th) skipped
        "2026-04-01, 2, 2026-04-07", // Good Friday (3rd) and Easter Monday (6th) skipped
        "2027-12-24, 1, 2027-12-29", // Christmas 2027 falls at a weekend: Mon 27th and Tue 28th are holidays
        "2025-08-22, 1, 2025-08-26", // summer bank holiday Monday
        "2026-11-23, 0, 2026-11-23"
    })
    void addsWorkingDays(LocalDate from, int add, LocalDate expected) {
        assertThat(days.plus(from, add)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} working days")
    @CsvSource({
        "2026-11-23, 2026-11-30, 5",
        "2026-11-27, 2026-11-30, 1",
        "2026-12-24, 2026-12-29, 1",
        "2026-11-30, 2026-11-23, 0",
        "2026-11-23, 2026-11-23, 0"
    })
    void countsWorkingDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertThat(days.between(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2026-11-27, true",
        "2026-11-28, false",
        "2026-11-29, false",
        "2026-12-25, false",
        "2026-12-28, false",
        "2026-12-29, true",
        "2024-05-06, false",
        "2027-08-30, false"
    })
    void knowsWeekendsAndBankHolidays(LocalDate date, boolean expected) {
        assertThat(days.isWorkingDay(date)).isEqualTo(expected);
    }

    @Test
    void refusesNegativeDays() {
        assertThatThrownBy(() -> days.plus(LocalDate.of(2026, 1, 5), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
