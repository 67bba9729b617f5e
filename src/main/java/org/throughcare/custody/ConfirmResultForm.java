package org.throughcare.custody;

import jakarta.validation.constraints.NotNull;
import org.throughcare.web.WhenForm;

/** The confirmatory lab's result for a disputed sample, and when it came. */
class ConfirmResultForm extends WhenForm {

    @NotNull(message = "Select the confirmed result")
    private TestResult confirmedResult;

    @Override
    public String step() {
        return "of the confirmed result";
    }

    public TestResult getConfirmedResult() {
        return confirmedResult;
    }

    public void setConfirmedResult(TestResult confirmedResult) {
        this.confirmedResult = confirmedResult;
    }
}
