package org.throughcare.compliance;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.user.ForProbationOfficers;

/** Probation officer home page: the caseload of people on orders with treatment requirements. */
@Controller
class ProbationHomeController {

    static final String VIEW = "compliance/home";

    @GetMapping("/probation")
    @ForProbationOfficers
    String home() {
        return VIEW;
    }
}
