package org.throughcare.custody;

import org.throughcare.web.WhenForm;

/** When a disputed positive sample was sent to the confirmatory lab. */
class DisputeForm extends WhenForm {

    @Override
    public String step() {
        return "the sample was sent";
    }
}
