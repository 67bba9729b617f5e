package org.throughcare.referral;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.user.ForLiaisonAndDiversion;

/** Liaison and Diversion practitioner home page: screening, assessment and referral work. */
@Controller
class LiaisonHomeController {

    static final String VIEW = "referral/home";

    @GetMapping("/liaison")
    @ForLiaisonAndDiversion
    String home() {
        return VIEW;
    }
}
