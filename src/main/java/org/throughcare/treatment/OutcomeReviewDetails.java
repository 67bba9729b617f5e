package org.throughcare.treatment;

import java.time.LocalDate;

/** An outcome review as the form gives it: its kind, day, who conducted it, and its items. */
record OutcomeReviewDetails(OutcomeReviewKind kind, LocalDate reviewedOn, String conductedBy, OutcomeItems items) {}
