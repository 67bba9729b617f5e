package org.throughcare.custody;

import org.throughcare.common.Allowed;

import java.util.List;
import java.util.Optional;

/**
 * A custody event with its results and required assessments, loaded without a query per row, whether
 * the person was an adult on the day of arrest, and whether required assessment was notified at the suite
 * that day. It is the one place that says which assessment steps the
 * event allows next ({@link #allows}). Built by {@link CustodyEventRecords}.
 */
record CustodyEventRecord(
        CustodyEvent event,
        List<DrugTestResult> results,
        List<RequiredAssessment> assessments,
        boolean adult,
        boolean requiredAssessmentInForce) {

    /** What may happen next to the event's required assessments. */
    enum Action {
        BOOK_INITIAL,
        BOOK_FOLLOW_UP,
        CANCEL_FOLLOW_UP,
        CORRECT,
        VOID;

        static Action book(AssessmentKind kind) {
            return kind == AssessmentKind.INITIAL ? BOOK_INITIAL : BOOK_FOLLOW_UP;
        }
    }

    public Optional<RequiredAssessment> assessment(AssessmentKind kind) {
        return assessments.stream().filter(a -> a.getKind() == kind).findFirst();
    }

    /** Any positive result; a disputed positive counts until the lab says negative. */
    public boolean positive() {
        return results.stream().anyMatch(DrugTestResult::countsAsPositive);
    }

    /**
     * The positives that can found a required assessment: for a substance the police named (reference data),
     * and not confirmed negative by the lab. When the lab's analysis does not confirm the drug, the
     * requirement ends (Drugs Act 2005 s16).
     */
    public List<DrugTestResult> foundingPositives() {
        return results.stream()
                .filter(r -> r.countsAsPositive() && r.getSubstance().foundsRequiredAssessment())
                .toList();
    }

    public boolean foundsRequirement() {
        return !foundingPositives().isEmpty();
    }

    /**
     * Whether the requirement rests only on samples still at the lab: then booking waits for the lab (a
     * number of working days). A founding positive nobody disputed, or one the lab confirmed, does not wait.
     */
    public List<DrugTestResult> awaitingTheLab() {
        List<DrugTestResult> founding = foundingPositives();
        boolean settled = founding.stream().anyMatch(r -> !r.disputed() || r.getConfirmedResult() != null);
        return settled
                ? List.of()
                : founding.stream().filter(DrugTestResult::disputed).toList();
    }

    public Allowed allows(Action action) {
        Optional<RequiredAssessment> initial = assessment(AssessmentKind.INITIAL);
        Optional<RequiredAssessment> followUp = assessment(AssessmentKind.FOLLOW_UP);
        boolean initialAttended = initial.map(RequiredAssessment::attended).orElse(false);
        if (event.voided()) {
            return Allowed.no("This test was voided: " + event.getVoidReason());
        }
        return switch (action) {
            case VOID, CORRECT -> Allowed.yes();
            case BOOK_INITIAL -> {
                if (!adult) {
                    yield Allowed.no("An assessment can only be required of an adult (Drugs Act 2005 s9(4)), and "
                            + "the person was under 18 on the day of arrest. Their route is the youth offending "
                            + "team or young people's service");
                }
                if (initial.isPresent()) {
                    yield Allowed.no("An initial assessment is already booked for this test");
                }
                if (!requiredAssessmentInForce) {
                    yield Allowed.no("Required assessment was not in force at this custody suite on the day of "
                            + "arrest (Drugs Act 2005 s9(5)-(6)), so an assessment cannot be required. "
                            + "Offer a voluntary referral instead");
                }
                if (positive() && !foundsRequirement()) {
                    yield Allowed.no("No positive result is for a substance that can lead to a required assessment"
                            + (results.stream().anyMatch(r -> r.getConfirmedResult() != null)
                                    ? ", or the lab did not confirm it"
                                    : ""));
                }
                yield foundsRequirement()
                        ? Allowed.yes()
                        : Allowed.no("An initial assessment can only be required after a positive test result");
            }
            case BOOK_FOLLOW_UP -> {
                if (followUp.isPresent()) {
                    yield Allowed.no(
                            followUp.get().cancelled()
                                    ? "The follow-up assessment was cancelled by the assessor"
                                    : "A follow-up assessment is already booked for this test");
                }
                yield initialAttended
                        ? Allowed.yes()
                        : Allowed.no("A follow-up assessment can only be booked after the "
                                + "person attended and remained at the initial assessment");
            }
            case CANCEL_FOLLOW_UP -> {
                if (!initialAttended) {
                    yield Allowed.no("A follow-up assessment is only required after the person "
                            + "attended and remained at the initial assessment");
                }
                if (followUp.map(RequiredAssessment::cancelled).orElse(false)) {
                    yield Allowed.no("The follow-up assessment is already cancelled");
                }
                yield followUp.map(f -> f.getOutcome() != null).orElse(false)
                        ? Allowed.no("The follow-up assessment already has an outcome, so it cannot be cancelled")
                        : Allowed.yes();
            }
        };
    }
}
