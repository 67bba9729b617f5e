package org.throughcare.referral;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.throughcare.web.WhenForm;

import java.util.ArrayList;
import java.util.List;

/** What the person consented to, how, and when. */
class ConsentForm extends WhenForm {

    @NotEmpty(message = "Select what the person consented to")
    private List<String> items = new ArrayList<>();

    @NotNull(message = "Select how the person gave consent")
    private ConsentMethod how;

    @Override
    public String step() {
        return "consent was given";
    }

    /** The items ticked, ignoring any code the form never offered. */
    List<ConsentItem> chosen() {
        return items.stream()
                .map(ConsentItem::ofCode)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    public List<String> getItems() {
        return items;
    }

    public void setItems(List<String> items) {
        this.items = items == null ? new ArrayList<>() : items;
    }

    public ConsentMethod getHow() {
        return how;
    }

    public void setHow(ConsentMethod how) {
        this.how = how;
    }
}
