package org.throughcare.custody;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.user.ForCustodyWorkers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.PageLinks;

/** Custody drug worker home page: the worklist of tests and required assessments, and each list in full. */
@Controller
class CustodyHomeController {

    static final String VIEW = "custody/home";
    static final int HOME_ROWS = 10;
    static final int PAGE_SIZE = 25;

    private final CustodyWorklist worklist;
    private final CustodyWorklistPage page;

    CustodyHomeController(CustodyWorklist worklist, CustodyWorklistPage page) {
        this.worklist = worklist;
        this.page = page;
    }

    @GetMapping("/custody")
    @ForCustodyWorkers
    String home(Model model, @AuthenticationPrincipal SignedInUser user) {
        page.addHome(model, HOME_ROWS, user);
        return VIEW;
    }

    @GetMapping("/custody/worklist/{list}")
    @ForCustodyWorkers
    String all(
            @PathVariable String list,
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        Page<?> rows = switch (list) {
            case CustodyWorklistPage.TESTS ->
                PageLinks.fetch(page, index -> worklist.testsToday(user, index, PAGE_SIZE));
            case CustodyWorklistPage.DECISIONS ->
                PageLinks.fetch(page, index -> worklist.positivesAwaitingDecision(user, index, PAGE_SIZE));
            case CustodyWorklistPage.AT_LAB ->
                PageLinks.fetch(page, index -> worklist.samplesAtTheLab(user, index, PAGE_SIZE));
            case CustodyWorklistPage.FOLLOW_UPS ->
                PageLinks.fetch(page, index -> worklist.followUpsToArrange(user, index, PAGE_SIZE));
            case CustodyWorklistPage.DUE ->
                PageLinks.fetch(page, index -> worklist.assessmentsDue(user, index, PAGE_SIZE));
            case CustodyWorklistPage.FAILURES ->
                PageLinks.fetch(page, index -> worklist.failuresAwaitingPolice(user, index, PAGE_SIZE));
            default -> throw new RecordNotFoundException("Worklist", list);
        };
        this.page.addList(model, list, rows, user);
        return "custody/worklist";
    }
}
