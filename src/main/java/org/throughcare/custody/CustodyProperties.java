package org.throughcare.custody;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * Custody drug testing settings ({@code throughcare.custody.*}): minimum ages for a test on arrest and
 * on charge, the working days between a disputed sample going to the lab and a required assessment,
 * and the bank holidays that, with weekends, are not working days.
 */
@ConfigurationProperties("throughcare.custody")
public record CustodyProperties(
        Integer minimumAgeOnArrest,
        Integer minimumAgeOnCharge,
        Integer workingDaysAfterDisputedSample,
        List<LocalDate> bankHolidays) {

    /** England and Wales bank holidays, 2024 to 2027 (gov.uk/bank-holidays). */
    static final List<LocalDate> ENGLAND_AND_WALES_BANK_HOLIDAYS = List.of(
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 3, 29),
            LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 5, 6),
            LocalDate.of(2024, 5, 27),
            LocalDate.of(2024, 8, 26),
            LocalDate.of(2024, 12, 25),
            LocalDate.of(2024, 12, 26),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 4, 18),
            LocalDate.of(2025, 4, 21),
            LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 5, 26),
            LocalDate.of(2025, 8, 25),
            LocalDate.of(2025, 12, 25),
            LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 3, 29),
            LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31),
            LocalDate.of(2027, 8, 30),
            LocalDate.of(2027, 12, 27),
            LocalDate.of(2027, 12, 28));

    public CustodyProperties {
        minimumAgeOnArrest = minimumAgeOnArrest == null ? 18 : minimumAgeOnArrest;
        minimumAgeOnCharge = minimumAgeOnCharge == null ? 14 : minimumAgeOnCharge;
        workingDaysAfterDisputedSample = workingDaysAfterDisputedSample == null ? 5 : workingDaysAfterDisputedSample;
        bankHolidays = bankHolidays == null ? ENGLAND_AND_WALES_BANK_HOLIDAYS : List.copyOf(bankHolidays);
    }

    /** The defaults, for tests and for code that runs without Spring. */
    public static CustodyProperties defaults() {
        return new CustodyProperties(null, null, null, null);
    }

    public int minimumAge(TestStage stage) {
        return stage == TestStage.ON_ARREST ? minimumAgeOnArrest : minimumAgeOnCharge;
    }

    public WorkingDays workingDays() {
        return new WorkingDays(bankHolidays);
    }
}
