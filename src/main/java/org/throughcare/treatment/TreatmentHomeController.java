package org.throughcare.treatment;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Treatment worker home page: referrals, engagement and outcome reviews. */
@Controller
class TreatmentHomeController {

    static final String VIEW = "treatment/home";

    @GetMapping("/treatment")
    @PreAuthorize("hasRole('TREATMENT_WORKER')")
    String home() {
        return VIEW;
    }
}
