package org.throughcare.referral;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Liaison and Diversion practitioner home page: screening, assessment and referral work. */
@Controller
class LiaisonHomeController {

    static final String VIEW = "referral/home";

    @GetMapping("/liaison")
    @PreAuthorize("hasRole('LIAISON_DIVERSION')")
    String home() {
        return VIEW;
    }
}
