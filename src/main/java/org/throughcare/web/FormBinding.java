package org.throughcare.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.throughcare.common.Text;

import java.beans.PropertyEditorSupport;

/**
 * How every form and request parameter is bound, whatever the controller. Control characters (the NUL that
 * PostgreSQL refuses above all) are removed from text. Only what a form can send is bound: nested objects
 * and lists do not grow to fit a path, a nested path that leads nowhere ({@code dateOfBirth.x.y}) is skipped,
 * and a list index beyond the form ({@code flags[5000]}) is a bad request (see {@link ErrorHandling}), not a
 * list of five thousand empty entries.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void bindSafely(WebDataBinder binder) {
        // Before registering the editor: that initialises the binder, after which these can no longer be set.
        binder.setAutoGrowNestedPaths(false);
        binder.setIgnoreInvalidFields(true);
        binder.registerCustomEditor(String.class, new ControlCharacterFreeText());
    }

    /** A String editor that drops control characters and leaves everything else as typed. */
    static final class ControlCharacterFreeText extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(Text.withoutControlCharacters(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
