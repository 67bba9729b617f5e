package org.throughcare.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * A barrier recorded as present on the latest revision of an order's checklist, with the strategy agreed for it:
 * what a page shows next to a missed appointment whose reason matches the barrier.
 */
record BarrierStrategy(Barrier barrier, String detail, String strategy, String owner, LocalDate reviewOn) {

    static BarrierStrategy of(BarrierLine line) {
        return new BarrierStrategy(
                line.getBarrier(), line.getDetail(), line.getStrategy(), line.getOwner(), line.getReviewOn());
    }

    String label() {
        return barrier.label();
    }

    /** Those of the barriers that match the absence reason of a missed appointment. */
    static List<BarrierStrategy> matching(List<BarrierStrategy> present, String reasonCode) {
        return present.stream()
                .filter(b -> b.barrier().matchesAbsenceReason(reasonCode))
                .toList();
    }
}
