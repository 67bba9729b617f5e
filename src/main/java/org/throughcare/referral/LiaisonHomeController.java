package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.custody.CustodyToday;
import org.throughcare.user.ForLiaisonAndDiversion;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.PageLinks;

/**
 * Liaison and Diversion practitioner home page: people tested in custody today at the suites of the team's
 * force area (to screen), the team's screenings in progress, and its referrals; and each of the first two whole.
 */
@Controller
class LiaisonHomeController {

    static final String VIEW = "referral/home";
    static final int HOME_ROWS = 10;
    static final int PAGE_SIZE = 25;

    private final LiaisonHome home;
    private final LiaisonService liaison;
    private final CustodyToday custody;

    LiaisonHomeController(LiaisonHome home, LiaisonService liaison, CustodyToday custody) {
        this.home = home;
        this.liaison = liaison;
        this.custody = custody;
    }

    @GetMapping("/liaison")
    @ForLiaisonAndDiversion
    String home(Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("lists", home.read(user, HOME_ROWS));
        return VIEW;
    }

    @GetMapping("/liaison/{list:to-screen|in-progress}")
    @ForLiaisonAndDiversion
    String list(
            @PathVariable String list,
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        if (list.equals("to-screen")) {
            Page<CustodyToday.Tested> rows =
                    PageLinks.fetch(page, index -> custody.testedToday(user, index, PAGE_SIZE));
            model.addAttribute("work", home.toScreen(rows, user));
            model.addAttribute("pages", PageLinks.of(rows));
        } else {
            Page<LiaisonScreening> rows = PageLinks.fetch(page, index -> liaison.inProgress(user, index, PAGE_SIZE));
            model.addAttribute("work", home.inProgress(rows, user));
            model.addAttribute("pages", PageLinks.of(rows));
        }
        model.addAttribute("back", "/liaison");
        return "work-list";
    }
}
