package org.throughcare.compliance;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Probation officer home page: the caseload of people on orders with treatment requirements. */
@Controller
class ProbationHomeController {

    static final String VIEW = "compliance/home";

    @GetMapping("/probation")
    @PreAuthorize("hasRole('PROBATION_OFFICER')")
    String home() {
        return VIEW;
    }
}
