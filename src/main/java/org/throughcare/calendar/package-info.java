/**
 * The working-day calendar: weekends and the bank holidays administrators maintain. Deadlines counted in working
 * days ask {@link org.throughcare.calendar.WorkingDayCalendar}.
 */
@ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"audit", "common", "user", "web"})
package org.throughcare.calendar;

import org.springframework.modulith.ApplicationModule;
