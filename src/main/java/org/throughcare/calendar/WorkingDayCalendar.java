package org.throughcare.calendar;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days are working days: Monday to Friday, except the bank holidays in the {@code bank_holiday} table,
 * which administrators extend year by year. Asked afresh each time, so a holiday added counts at once.
 */
@Service
public class WorkingDayCalendar {

    static final RecordKind RECORD_KIND = RecordKind.of("Bank holiday");

    private final BankHolidayRepository holidays;
    private final AuditService audit;
    private final EntitySnapshots snapshots;

    WorkingDayCalendar(BankHolidayRepository holidays, AuditService audit, EntitySnapshots snapshots) {
        this.holidays = holidays;
        this.audit = audit;
        this.snapshots = snapshots;
    }

    /** The calendar as it stands: weekends and every bank holiday recorded. */
    @Transactional(readOnly = true)
    public WorkingDays workingDays() {
        return new WorkingDays(holidays.findAllDays());
    }

    @Transactional(readOnly = true)
    public Page<BankHoliday> bankHolidays(int page, int size) {
        return holidays.findPage(PageRequest.of(page, size));
    }

    @Transactional
    public BankHoliday add(LocalDate day, String name) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new RuleViolationException(
                    "day", "A bank holiday must be a weekday: weekends are never working days");
        }
        if (holidays.existsByDay(day)) {
            throw new RuleViolationException("day", "That day is already a bank holiday");
        }
        BankHoliday holiday = holidays.saveAndFlush(new BankHoliday(day, name.trim()));
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                holiday.getId(),
                "Added a bank holiday",
                snapshots.of(holiday).asCreated());
        return holiday;
    }

    @Transactional
    public void remove(Long id) {
        BankHoliday holiday = holidays.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, id));
        holidays.delete(holiday);
        audit.record(AuditAction.DELETE, RECORD_KIND, id, "Removed " + holiday.getName() + " on " + holiday.getDay());
    }
}
