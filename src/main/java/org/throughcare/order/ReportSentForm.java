package org.throughcare.order;

import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** The progress report went to the court: when, with the treatment provider's view it gave. */
class ReportSentForm {

    @ValidDate(name = "the date the report was sent", required = true)
    private DateInput on = new DateInput();

    @Size(max = 2000, message = "The provider’s view must be 2,000 characters or fewer")
    private String providerView;

    public DateInput getOn() {
        return on;
    }

    public void setOn(DateInput on) {
        this.on = on;
    }

    public String getProviderView() {
        return providerView;
    }

    public void setProviderView(String providerView) {
        this.providerView = providerView;
    }
}
