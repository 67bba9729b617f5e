package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.custody.CustodyToday;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForLiaisonAndDiversion;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.PageLinks;
import org.throughcare.web.WorkList;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Liaison and Diversion practitioner home page: people tested in custody today at the suites of the team's
 * force area (to screen), the team's screenings in progress, and its referrals; and each of the first two whole.
 */
@Controller
class LiaisonHomeController {

    static final String VIEW = "referral/home";
    static final int HOME_ROWS = 10;
    static final int PAGE_SIZE = 25;

    private final ReferralWork work;
    private final LiaisonService liaison;
    private final CustodyToday custody;
    private final PersonLookup people;
    private final Formats formats;

    LiaisonHomeController(
            ReferralWork work, LiaisonService liaison, CustodyToday custody, PersonLookup people, Formats formats) {
        this.work = work;
        this.liaison = liaison;
        this.custody = custody;
        this.people = people;
        this.formats = formats;
    }

    @GetMapping("/liaison")
    @ForLiaisonAndDiversion
    String home(Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute(
                "lists",
                List.of(
                        toScreen(custody.testedToday(user, 0, HOME_ROWS), user),
                        inProgress(liaison.inProgress(user, 0, HOME_ROWS), user),
                        work.incomingToAcknowledge(user),
                        work.sentAwaitingResponse(user)));
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
            model.addAttribute("work", toScreen(rows, user));
            model.addAttribute("pages", PageLinks.of(rows));
        } else {
            Page<LiaisonScreening> rows = PageLinks.fetch(page, index -> liaison.inProgress(user, index, PAGE_SIZE));
            model.addAttribute("work", inProgress(rows, user));
            model.addAttribute("pages", PageLinks.of(rows));
        }
        model.addAttribute("back", "/liaison");
        return "work-list";
    }

    private WorkList toScreen(Page<CustodyToday.Tested> page, SignedInUser user) {
        Map<Long, String> names = names(
                page.getContent().stream().map(CustodyToday.Tested::personId).toList(), user);
        return new WorkList(
                "Tested in custody today: people to screen",
                "No one has been tested at your force area's custody suites today.",
                List.of(Cell.text("Person"), Cell.text("Tested"), Cell.text("Suite"), Cell.text("Result")),
                page.getContent().stream()
                        .map(t -> List.of(
                                // Someone not yet in the team's scope opens a case from their page first.
                                Cell.link(
                                        names.getOrDefault(
                                                t.personId(), "Person " + t.personId() + " (open a case to screen)"),
                                        "/people/" + t.personId()),
                                Cell.text(formats.dateTime(t.testedAt())),
                                Cell.text(t.suiteName()),
                                t.positive() ? Cell.tag("Positive", "red") : Cell.text("Not positive")))
                        .toList(),
                page.getTotalElements(),
                "/liaison/to-screen");
    }

    private WorkList inProgress(Page<LiaisonScreening> page, SignedInUser user) {
        Map<Long, String> names = names(
                page.getContent().stream().map(LiaisonScreening::getPersonId).toList(), user);
        return new WorkList(
                "Screenings and assessments in progress",
                "Your team has no screening waiting for an assessment or an outcome.",
                List.of(Cell.text("Person"), Cell.text("Screened"), Cell.text("Risk"), Cell.text("Next")),
                page.getContent().stream()
                        .map(s -> List.of(
                                Cell.link(
                                        names.getOrDefault(s.getPersonId(), "Person " + s.getPersonId()),
                                        "/screenings/" + s.getId()),
                                Cell.text(formats.dateTime(s.getScreenedAt())),
                                Cell.tag(s.getRisk().label(), s.getRisk().colour()),
                                Cell.text(s.getAssessedAt() == null ? "Assessment" : "Outcome")))
                        .toList(),
                page.getTotalElements(),
                "/liaison/in-progress");
    }

    private Map<Long, String> names(List<Long> ids, SignedInUser user) {
        return people.visibleNames(ids.stream().collect(Collectors.toSet()), user);
    }
}
