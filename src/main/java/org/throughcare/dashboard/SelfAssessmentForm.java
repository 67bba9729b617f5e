package org.throughcare.dashboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** A programme's rating of itself against one success factor. */
class SelfAssessmentForm {

    @NotNull(message = "Select how far the factor is in place")
    private FactorRating rating;

    @NotBlank(message = "Enter the evidence for the rating")
    @Size(max = 2000, message = "Evidence must be 2000 characters or fewer")
    private String evidence;

    @ValidDate(name = "the date of the next review", required = true)
    private DateInput reviewOn = new DateInput();

    static SelfAssessmentForm of(ProgrammeSelfAssessment assessment) {
        SelfAssessmentForm form = new SelfAssessmentForm();
        if (assessment != null) {
            form.rating = assessment.getRating();
            form.evidence = assessment.getEvidence();
            form.reviewOn = DateInput.of(assessment.getReviewOn());
        }
        return form;
    }

    public FactorRating getRating() {
        return rating;
    }

    public void setRating(FactorRating rating) {
        this.rating = rating;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public DateInput getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(DateInput reviewOn) {
        this.reviewOn = reviewOn;
    }
}
