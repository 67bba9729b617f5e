package org.throughcare.person;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.user.ForWorkersAndManagers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.PageLinks;

import java.util.List;

/** Find a person by name, date of birth or any identifier, before adding anyone new. */
@Controller
class PersonSearchController {

    static final int PAGE_SIZE = 25;

    private final PersonService people;
    private final Formats formats;

    PersonSearchController(PersonService people, Formats formats) {
        this.people = people;
        this.formats = formats;
    }

    @GetMapping("/people")
    @ForWorkersAndManagers
    String search(
            @Valid @ModelAttribute("search") PersonSearchForm search,
            BindingResult result,
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("searched", !search.isEmpty() && !result.hasErrors());
        if (result.hasErrors() || search.isEmpty()) {
            model.addAttribute("rows", List.of());
            return "person/search";
        }
        Page<PersonSummary> results =
                people.search(search.getQ(), search.getDob().toLocalDate(), user, PageLinks.index(page), PAGE_SIZE);
        model.addAttribute(
                "head",
                List.of(
                        Cell.text("Name"),
                        Cell.text("Date of birth"),
                        Cell.text("PNC ID"),
                        Cell.text("CRN"),
                        Cell.text("Your team")));
        model.addAttribute(
                "rows",
                results.stream()
                        .map(p -> List.of(
                                Cell.link(p.fullName(), "/people/" + p.id()),
                                Cell.text(formats.date(p.dateOfBirth())),
                                Cell.text(p.pncId() == null ? "Not recorded" : p.pncId()),
                                Cell.text(p.crn() == null ? "Not recorded" : p.crn()),
                                p.inScope() ? Cell.tag("Has a case", "green") : Cell.tag("No case", "grey")))
                        .toList());
        model.addAttribute("pages", PageLinks.of(results));
        return "person/search";
    }
}
