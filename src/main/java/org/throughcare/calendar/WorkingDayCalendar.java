package org.throughcare.calendar;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
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

    static final String RECORD_TYPE = "Bank holiday";

    private final BankHolidayRepository holidays;
    private final AuditService audit;

    WorkingDayCalendar(BankHolidayRepository holidays, AuditService audit) {
        this.holidays = holidays;
        this.audit = audit;
    }

    /** The calendar as it stands: weekends and every bank holiday recorded. */
    @Transactional(readOnly = true)
    public WorkingDays workingDays() {
        return new WorkingDays(holidays.findAllDays());
    }

    @Transactional(readOnly = true)
    public Page<BankHoliday> bankHolidays(int page, int size) {
        return holidays.findAllByOrderByDayDesc(PageRequest.of(page, size));
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
        audit.record(AuditAction.CREATE, RECORD_TYPE, holiday.getId(), "Added " + name.trim() + " on " + day);
        return holiday;
    }

    @Transactional
    public void remove(Long id) {
        BankHoliday holiday = holidays.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        holidays.delete(holiday);
        audit.record(AuditAction.DELETE, RECORD_TYPE, id, "Removed " + holiday.getName() + " on " + holiday.getDay());
    }
}
