package org.throughcare.custody;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The custody settings, for every custody page that states a rule ("at least 5 working days"). */
@ControllerAdvice(basePackageClasses = CustodySettingsAdvice.class)
class CustodySettingsAdvice {

    private final CustodyProperties properties;

    CustodySettingsAdvice(CustodyProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("custodySettings")
    CustodyProperties custodySettings() {
        return properties;
    }
}
