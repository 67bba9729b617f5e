package org.throughcare.custody;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.person.PersonSearchForm;
import org.throughcare.person.PersonService;
import org.throughcare.person.PersonSummary;
import org.throughcare.user.ForCustodyWorkers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.PageLinks;

import java.util.List;

/**
 * "Record a test" from the worklist: it starts by finding the person (or adding them), then goes to the
 * test form for the person found. The search is the person register's, audited there.
 */
@Controller
class RecordTestController {

    static final int PAGE_SIZE = 25;

    private final PersonService people;
    private final Formats formats;

    RecordTestController(PersonService people, Formats formats) {
        this.people = people;
        this.formats = formats;
    }

    @GetMapping("/custody/tests/new")
    @ForCustodyWorkers
    String findPerson(
            @Valid @ModelAttribute("search") PersonSearchForm search,
            BindingResult result,
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        boolean searched = !search.isEmpty() && !result.hasErrors();
        model.addAttribute("searched", searched);
        model.addAttribute("rows", List.of());
        if (!searched) {
            return "custody/find-person";
        }
        Page<PersonSummary> found =
                people.search(search.getQ(), search.getDob().toLocalDate(), user, PageLinks.index(page), PAGE_SIZE);
        model.addAttribute(
                "head",
                List.of(Cell.text("Name"), Cell.text("Date of birth"), Cell.text("PNC ID"), Cell.text("Action")));
        model.addAttribute(
                "rows",
                found.stream()
                        .map(p -> List.of(
                                Cell.text(p.fullName()),
                                Cell.text(formats.date(p.dateOfBirth())),
                                Cell.text(p.pncId() == null ? "Not recorded" : p.pncId()),
                                p.inScope()
                                        ? Cell.link("Record a test", "/people/" + p.id() + "/custody/new")
                                        : Cell.link("Open a case first", "/people/" + p.id())))
                        .toList());
        model.addAttribute("pages", PageLinks.of(found));
        return "custody/find-person";
    }
}
