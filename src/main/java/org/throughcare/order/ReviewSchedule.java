package org.throughcare.order;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The court reviews an order's DRR calls for: one every interval (monthly by default) from the order's start, up
 * to the end of the treatment-and-testing period or the order, whichever is sooner.
 */
final class ReviewSchedule {

    private ReviewSchedule() {}

    static List<LocalDate> dates(LocalDate startsOn, LocalDate endsOn, int periodMonths, Period interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("A review interval must be positive");
        }
        LocalDate periodEnds = startsOn.plusMonths(periodMonths);
        LocalDate last = periodEnds.isBefore(endsOn) ? periodEnds : endsOn;
        List<LocalDate> dates = new ArrayList<>();
        // From the start each time, so that 31 January plus n months keeps to month ends rather than drifting.
        for (int n = 1; ; n++) {
            LocalDate next = startsOn.plus(interval.multipliedBy(n));
            if (next.isAfter(last)) {
                return dates;
            }
            dates.add(next);
        }
    }
}
