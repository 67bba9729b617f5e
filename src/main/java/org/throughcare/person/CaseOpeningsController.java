package org.throughcare.person;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.user.ForManagers;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.PageLinks;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** For managers: every case a team in their area opened to gain access to someone another team recorded, and why. */
@Controller
class CaseOpeningsController {

    static final int PAGE_SIZE = 25;

    private final CaseService cases;
    private final UserDirectory directory;
    private final Formats formats;

    CaseOpeningsController(CaseService cases, UserDirectory directory, Formats formats) {
        this.cases = cases;
        this.directory = directory;
        this.formats = formats;
    }

    @GetMapping("/case-openings")
    @ForManagers
    String list(@RequestParam(required = false) Integer page, Model model, @AuthenticationPrincipal SignedInUser user) {
        Page<PersonCase> openings = PageLinks.fetch(page, index -> cases.accessOpenings(user, index, PAGE_SIZE));
        Map<Long, UserDirectory.TeamSummary> teams =
                directory.teams(openings.stream().map(PersonCase::getTeamId).collect(Collectors.toSet()));
        model.addAttribute(
                "head",
                List.of(
                        Cell.text("Opened"),
                        Cell.text("Team"),
                        Cell.text("By"),
                        Cell.text("Person"),
                        Cell.text("Reason")));
        model.addAttribute(
                "rows",
                openings.stream()
                        .map(c -> List.of(
                                Cell.text(formats.dateTime(c.getOpenedAt())),
                                Cell.text(
                                        teams.containsKey(c.getTeamId())
                                                ? teams.get(c.getTeamId()).name()
                                                : ""),
                                Cell.text(c.getOpenedBy()),
                                Cell.link(
                                        c.getPerson().fullName(),
                                        "/people/" + c.getPerson().getId()),
                                Cell.text(c.getAccessReason().label()
                                        + (c.getAccessReasonDetail() == null ? "" : ": " + c.getAccessReasonDetail()))))
                        .toList());
        model.addAttribute("pages", PageLinks.of(openings));
        return "person/case-openings";
    }
}
