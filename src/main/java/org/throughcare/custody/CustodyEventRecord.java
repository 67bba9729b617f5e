package org.throughcare.custody;

import java.util.List;
import java.util.Optional;

/** A custody event with its results and required assessments, loaded without a query per row. */
record CustodyEventRecord(CustodyEvent event, List<DrugTestResult> results, List<RequiredAssessment> assessments) {

    public Optional<RequiredAssessment> assessment(AssessmentKind kind) {
        return assessments.stream().filter(a -> a.getKind() == kind).findFirst();
    }

    /** A disputed positive counts until the lab says negative. */
    public boolean positive() {
        return results.stream().anyMatch(DrugTestResult::countsAsPositive);
    }

    public boolean canBookInitial() {
        return positive() && assessment(AssessmentKind.INITIAL).isEmpty();
    }

    /** The initial assessment was attended, and no follow-up is booked or cancelled yet. */
    public boolean followUpToArrange() {
        return assessment(AssessmentKind.INITIAL)
                        .map(RequiredAssessment::attended)
                        .orElse(false)
                && assessment(AssessmentKind.FOLLOW_UP).isEmpty();
    }

    /** The follow-up can still be cancelled by the assessor: not booked yet, or booked without an outcome. */
    public boolean followUpCancellable() {
        return followUpToArrange()
                || assessment(AssessmentKind.FOLLOW_UP)
                        .map(f -> !f.cancelled() && f.getOutcome() == null)
                        .orElse(false);
    }
}
