package org.throughcare.compliance;

import jakarta.validation.constraints.NotNull;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** How the court dealt with a breach, and when. */
class BreachResultForm {

    @NotNull(message = "Select the result of the breach")
    private BreachResult result;

    @ValidDate(name = "the date of the result", required = true, notInFuture = true)
    private DateInput resolvedOn = new DateInput();

    private long version;

    public BreachResult getResult() {
        return result;
    }

    public void setResult(BreachResult result) {
        this.result = result;
    }

    public DateInput getResolvedOn() {
        return resolvedOn;
    }

    public void setResolvedOn(DateInput resolvedOn) {
        this.resolvedOn = resolvedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
