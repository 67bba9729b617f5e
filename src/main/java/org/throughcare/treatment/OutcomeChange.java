package org.throughcare.treatment;

import java.time.LocalDate;
import java.util.List;

/**
 * The change between an episode's first and latest outcome review, as {@code outcome_change_overview} gives it:
 * each item's value at both and the difference.
 */
record OutcomeChange(
        Long episodeId,
        int reviewCount,
        LocalDate firstReviewedOn,
        OutcomeReviewKind firstKind,
        LocalDate latestReviewedOn,
        OutcomeReviewKind latestKind,
        List<Item> items) {

    /** One item's value at the first and the latest review. */
    record Item(OutcomeItem item, int first, int latest, int change) {

        boolean anyDays() {
            return first > 0 || latest > 0;
        }
    }

    Item of(OutcomeItem item) {
        return items.stream().filter(i -> i.item() == item).findFirst().orElseThrow();
    }
}
