package org.throughcare.referral;

import org.throughcare.web.WhenForm;

/** The assessment of a screening (when), or its outcome (what and when). */
class ScreeningStepForm extends WhenForm {

    private ScreeningOutcome outcome;

    private String stepName = "it happened";

    @Override
    public String step() {
        return stepName;
    }

    ScreeningStepForm named(String name) {
        this.stepName = name;
        return this;
    }

    public ScreeningOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ScreeningOutcome outcome) {
        this.outcome = outcome;
    }
}
