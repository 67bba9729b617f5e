package org.throughcare.custody;

import org.throughcare.web.WhenForm;

/** When the police were told about a failure to attend or remain. */
class PoliceToldForm extends WhenForm {

    @Override
    public String step() {
        return "the police were told";
    }
}
