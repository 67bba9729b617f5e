package org.throughcare.compliance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A drug test under an order: the date, whether the sample was tested, and for each substance of the panel
 * positive, negative or not tested ({@code results[OPIATES]=POSITIVE}).
 */
class DrugTestForm {

    static final String POSITIVE = "POSITIVE";
    static final String NEGATIVE = "NEGATIVE";

    @ValidDate(name = "the date of the test", required = true, notInFuture = true)
    private DateInput testedOn = new DateInput();

    @NotNull(message = "Select whether the sample was tested")
    private DrugTestStatus status;

    private Map<String, String> results = new LinkedHashMap<>();

    @Size(max = 1000, message = "Notes must be 1000 characters or fewer")
    private String notes;

    /** The substances given a positive or negative result; anything else counts as not tested. */
    Map<PanelSubstance, Boolean> tested() {
        Map<PanelSubstance, Boolean> tested = new EnumMap<>(PanelSubstance.class);
        for (PanelSubstance substance : PanelSubstance.values()) {
            String result = results.get(substance.name());
            if (POSITIVE.equals(result) || NEGATIVE.equals(result)) {
                tested.put(substance, POSITIVE.equals(result));
            }
        }
        return tested;
    }

    public DateInput getTestedOn() {
        return testedOn;
    }

    public void setTestedOn(DateInput testedOn) {
        this.testedOn = testedOn;
    }

    public DrugTestStatus getStatus() {
        return status;
    }

    public void setStatus(DrugTestStatus status) {
        this.status = status;
    }

    public Map<String, String> getResults() {
        return results;
    }

    public void setResults(Map<String, String> results) {
        this.results = results;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
