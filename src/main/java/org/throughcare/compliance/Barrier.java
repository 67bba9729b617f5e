package org.throughcare.compliance;

import java.util.Locale;
import java.util.Set;

/**
 * A practical barrier to complying with an order that the officer and the person work through on the compliance
 * checklist (DOMAIN.md stage 8): the five the guidance names, then the useful additions. The codes are those of
 * {@code compliance_barrier.barrier}.
 */
public enum Barrier {
    SCHEDULING("Appointment scheduling and timing"),
    FAMILY_COMMITMENTS("Family or other commitments", "FAMILY_OR_CHILDCARE"),
    MEDICAL("Medical conditions", "MEDICAL"),
    CHILDCARE("Childcare responsibilities", "FAMILY_OR_CHILDCARE"),
    TRAVEL("Travel logistics (cost, distance, route)"),
    HOUSING("Housing"),
    WORK_OR_TRAINING_HOURS("Work or training hours", "EMPLOYMENT"),
    LITERACY_OR_LANGUAGE("Literacy or language"),
    MENTAL_HEALTH("Mental health", "MEDICAL"),
    PHONE_OR_DIGITAL_ACCESS("Phone or digital access");

    private final String label;
    private final Set<String> absenceReasons;

    Barrier(String label, String... absenceReasons) {
        this.label = label;
        this.absenceReasons = Set.of(absenceReasons);
    }

    public String label() {
        return label;
    }

    /** The label as it reads inside a sentence: "the review date for housing". */
    public String inSentence() {
        return label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }

    /**
     * Whether an appointment missed for this absence reason (a code of {@code appointment.absence_reason}: MEDICAL,
     * EMPLOYMENT, FAMILY_OR_CHILDCARE, ...) is the kind of thing this barrier is about, so the barrier's agreed
     * strategy is the one to look at again. Court, religious, custody and other reasons match no barrier.
     */
    public boolean matchesAbsenceReason(String reasonCode) {
        return reasonCode != null && absenceReasons.contains(reasonCode);
    }
}
