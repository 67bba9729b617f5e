package org.throughcare.treatment;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.referral.ReferralWork;
import org.throughcare.user.ForTreatmentWorkers;
import org.throughcare.user.SignedInUser;

import java.util.List;

/** Treatment worker home page: referrals to acknowledge and those in progress, through the referral module's lists. */
@Controller
class TreatmentHomeController {

    static final String VIEW = "treatment/home";

    private final ReferralWork referrals;

    TreatmentHomeController(ReferralWork referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/treatment")
    @ForTreatmentWorkers
    String home(Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("lists", List.of(referrals.incomingToAcknowledge(user), referrals.inProgress(user)));
        return VIEW;
    }
}
