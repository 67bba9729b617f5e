package org.throughcare.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * A new revision of the checklist as the officer gave it: why it is made, an answer for every barrier (in
 * {@link Barrier} order), and whether the person agreed to it and when.
 */
record ChecklistAnswers(
        ChecklistReason reason, List<BarrierAnswer> barriers, Boolean personAgreed, LocalDate agreedOn) {

    ChecklistAnswers {
        barriers = barriers == null ? List.of() : List.copyOf(barriers);
    }

    /** One barrier: present or not and, when present, the detail, the agreed strategy, its owner and review date. */
    record BarrierAnswer(
            Barrier barrier, Boolean present, String detail, String strategy, String owner, LocalDate reviewOn) {

        static BarrierAnswer absent(Barrier barrier) {
            return new BarrierAnswer(barrier, false, null, null, null, null);
        }

        static BarrierAnswer present(
                Barrier barrier, String detail, String strategy, String owner, LocalDate reviewOn) {
            return new BarrierAnswer(barrier, true, detail, strategy, owner, reviewOn);
        }
    }
}
