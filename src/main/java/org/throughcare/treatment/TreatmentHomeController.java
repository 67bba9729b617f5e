package org.throughcare.treatment;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.user.ForTreatmentWorkers;

/** Treatment worker home page: referrals, engagement and outcome reviews. */
@Controller
class TreatmentHomeController {

    static final String VIEW = "treatment/home";

    @GetMapping("/treatment")
    @ForTreatmentWorkers
    String home() {
        return VIEW;
    }
}
