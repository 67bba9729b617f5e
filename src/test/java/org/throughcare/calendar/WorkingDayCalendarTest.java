package org.throughcare.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.common.RuleViolationException;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The calendar is the bank holidays in the database: seeded for 2024-2028, extended by administrators. */
@IntegrationTest
class WorkingDayCalendarTest {

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSeededBankHolidaysAreEnglandAndWalesFrom2024To2028() {
        assertThat(jdbc.queryForList(
                        "select day from bank_holiday where day < date '2029-01-01' order by day", LocalDate.class))
                .hasSize(40)
                .allSatisfy(day -> assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                .allSatisfy(day -> assertThat(day.getYear()).isBetween(2024, 2028));
        WorkingDays days = calendar.workingDays();
        assertThat(days.plus(LocalDate.of(2026, 12, 21), 5)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(days.plus(LocalDate.of(2028, 4, 13), 1)).isEqualTo(LocalDate.of(2028, 4, 18));
    }

    @Test
    void aHolidayAddedCountsAtOnceAndCanBeRemoved() {
        LocalDate coronation = LocalDate.of(2029, 5, 8);
        assertThat(calendar.workingDays().isWorkingDay(coronation)).isTrue();

        BankHoliday added = calendar.add(coronation, "  Extra bank holiday ");
        assertThat(added.getName()).isEqualTo("Extra bank holiday");
        assertThat(calendar.workingDays().isWorkingDay(coronation)).isFalse();

        calendar.remove(added.getId());
        assertThat(calendar.workingDays().isWorkingDay(coronation)).isTrue();
    }

    @Test
    void refusesAWeekendAndADayAlreadyRecorded() {
        assertThatThrownBy(() -> calendar.add(LocalDate.of(2029, 5, 5), "Saturday"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A bank holiday must be a weekday: weekends are never working days");
        assertThatThrownBy(() -> calendar.add(LocalDate.of(2028, 12, 25), "Christmas again"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("That day is already a bank holiday");
    }
}
