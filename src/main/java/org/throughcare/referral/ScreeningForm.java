package org.throughcare.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.WhenForm;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An L&D screening: where and when, the needs found, risk, urgency and notes. */
class ScreeningForm extends WhenForm {

    @NotNull(message = "Select where the person was seen")
    private ScreeningSource source;

    private List<ScreeningNeed> needs = new ArrayList<>();

    @NotNull(message = "Select the risk")
    private Risk risk;

    @NotNull(message = "Select how urgent it is")
    private Urgency urgency;

    @Size(max = 2000, message = "Notes must be 2,000 characters or fewer")
    private String notes;

    @Override
    public String step() {
        return "of the screening";
    }

    Set<ScreeningNeed> chosenNeeds() {
        return needs.isEmpty() ? EnumSet.noneOf(ScreeningNeed.class) : EnumSet.copyOf(needs);
    }

    public ScreeningSource getSource() {
        return source;
    }

    public void setSource(ScreeningSource source) {
        this.source = source;
    }

    public List<ScreeningNeed> getNeeds() {
        return needs;
    }

    public void setNeeds(List<ScreeningNeed> needs) {
        this.needs = needs == null ? new ArrayList<>() : needs;
    }

    public Risk getRisk() {
        return risk;
    }

    public void setRisk(Risk risk) {
        this.risk = risk;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
