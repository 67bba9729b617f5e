package org.throughcare.treatment;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.user.ForTreatmentWorkers;
import org.throughcare.user.ForWorkers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.PageLinks;
import org.throughcare.web.WorkList;

/**
 * Treatment worker home page: referrals to acknowledge and in progress (the referral module's lists), people
 * released from prison not yet seen, and open episodes; and the whole of each treatment list, paginated.
 */
@Controller
class TreatmentHomeController {

    static final String VIEW = "treatment/home";
    static final int PAGE_SIZE = 25;

    private final TreatmentWork work;
    private final TreatmentService treatment;
    private final PrisonReleases releases;

    TreatmentHomeController(TreatmentWork work, TreatmentService treatment, PrisonReleases releases) {
        this.work = work;
        this.treatment = treatment;
        this.releases = releases;
    }

    @GetMapping("/treatment")
    @ForTreatmentWorkers
    String home(Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("lists", work.home(user));
        return VIEW;
    }

    @GetMapping("/treatment/lists/{list:releases|episodes}")
    @ForWorkers
    String list(
            @PathVariable String list,
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        if (list.equals("releases")) {
            var rows = PageLinks.fetch(page, index -> releases.notYetSeen(user, index, PAGE_SIZE));
            show(model, work.releases(rows, user), PageLinks.of(rows));
        } else if (list.equals("episodes")) {
            var rows = PageLinks.fetch(page, index -> treatment.openEpisodes(user, index, PAGE_SIZE));
            show(model, work.episodes(rows, user), PageLinks.of(rows));
        } else {
            throw new RecordNotFoundException("List", list);
        }
        model.addAttribute("back", "/treatment");
        return "work-list";
    }

    private static void show(Model model, WorkList list, PageLinks pages) {
        model.addAttribute("work", list);
        model.addAttribute("pages", pages);
    }
}
