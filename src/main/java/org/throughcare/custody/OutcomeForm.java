package org.throughcare.custody;

import jakarta.validation.constraints.NotNull;
import org.throughcare.web.WhenForm;

/** What happened at a required assessment, and when. */
class OutcomeForm extends WhenForm {

    @NotNull(message = "Select what happened at the assessment")
    private AssessmentOutcome outcome;

    private AssessmentResult result;

    @Override
    public String step() {
        return "of the outcome";
    }

    public AssessmentOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AssessmentOutcome outcome) {
        this.outcome = outcome;
    }

    public AssessmentResult getResult() {
        return result;
    }

    public void setResult(AssessmentResult result) {
        this.result = result;
    }
}
