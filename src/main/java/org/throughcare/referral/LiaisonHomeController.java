package org.throughcare.referral;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.user.ForLiaisonAndDiversion;
import org.throughcare.user.SignedInUser;

/** Liaison and Diversion practitioner home page: referrals to the team, and the ones it sent awaiting a response. */
@Controller
class LiaisonHomeController {

    static final String VIEW = "referral/home";

    private final ReferralWork work;

    LiaisonHomeController(ReferralWork work) {
        this.work = work;
    }

    @GetMapping("/liaison")
    @ForLiaisonAndDiversion
    String home(Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute(
                "lists", java.util.List.of(work.incomingToAcknowledge(user), work.sentAwaitingResponse(user)));
        return VIEW;
    }
}
