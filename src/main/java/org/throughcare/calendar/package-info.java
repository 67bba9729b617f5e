/**
 * The working-day calendar: weekends and the bank holidays administrators maintain. Deadlines counted in
 * working days (a required assessment after a disputed sample, warning letters, evidence for an absence) ask
 * {@link org.throughcare.calendar.WorkingDayCalendar}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.throughcare.calendar;
