package org.throughcare.compliance;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.treatment.TreatmentWork;
import org.throughcare.user.ForProbationOfficers;
import org.throughcare.user.SignedInUser;

/**
 * Probation officer home page: the caseload of people on orders with treatment requirements (to come), and the
 * people the team recorded as released from prison who have not been seen in community treatment yet.
 */
@Controller
class ProbationHomeController {

    static final String VIEW = "compliance/home";

    private final TreatmentWork treatment;

    ProbationHomeController(TreatmentWork treatment) {
        this.treatment = treatment;
    }

    @GetMapping("/probation")
    @ForProbationOfficers
    String home(Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("released", treatment.releasedNotYetSeen(user));
        return VIEW;
    }
}
