package org.throughcare.person;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.user.ForWorkers;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.PageLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merging two records of one person: find the other record, compare the two side by side, choose the one to
 * keep and say why. Only a worker whose team may open both records can merge them.
 */
@Controller
class PersonMergeController {

    static final int PAGE_SIZE = 25;

    private final PersonMerge merges;
    private final PersonService people;
    private final Formats formats;

    PersonMergeController(PersonMerge merges, PersonService people, Formats formats) {
        this.merges = merges;
        this.people = people;
        this.formats = formats;
    }

    @GetMapping("/people/{id}/merge")
    @ForWorkers
    String findOther(
            @PathVariable Long id,
            @Valid @ModelAttribute("search") PersonSearchForm search,
            BindingResult result,
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("person", people.forEdit(id, user));
        boolean searched = !search.isEmpty() && !result.hasErrors();
        model.addAttribute("searched", searched);
        model.addAttribute("rows", List.of());
        if (searched) {
            Page<PersonSummary> found =
                    people.search(search.getQ(), search.getDob().toLocalDate(), user, PageLinks.index(page), PAGE_SIZE);
            model.addAttribute(
                    "head",
                    List.of(Cell.text("Name"), Cell.text("Date of birth"), Cell.text("PNC ID"), Cell.text("Action")));
            model.addAttribute(
                    "rows",
                    found.stream()
                            .filter(p -> !p.id().equals(id))
                            .map(p -> List.of(
                                    Cell.text(p.fullName()),
                                    Cell.text(formats.date(p.dateOfBirth())),
                                    Cell.text(p.pncId() == null ? "Not recorded" : p.pncId()),
                                    p.inScope()
                                            ? Cell.link("Compare", "/people/" + id + "/merge/" + p.id())
                                            : Cell.text("Your team has no case with them")))
                            .toList());
            model.addAttribute("pages", PageLinks.of(found));
        }
        return "person/merge-find";
    }

    @GetMapping("/people/{id}/merge/{otherId}")
    @ForWorkers
    String compare(
            @PathVariable Long id,
            @PathVariable Long otherId,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("mergeForm", new MergeForm());
        return showCompare(id, otherId, model, user);
    }

    @PostMapping("/people/{id}/merge/{otherId}")
    @ForWorkers
    String merge(
            @PathVariable Long id,
            @PathVariable Long otherId,
            @Valid @ModelAttribute("mergeForm") MergeForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        if (form.getSurvivorId() != null
                && !form.getSurvivorId().equals(id)
                && !form.getSurvivorId().equals(otherId)) {
            result.rejectValue("survivorId", "unknown", "Select the record to keep");
        }
        return FormErrors.submit(
                result,
                () -> {
                    Long survivorId = form.getSurvivorId();
                    Long mergedId = survivorId.equals(id) ? otherId : id;
                    Person survivor = merges.merge(mergedId, survivorId, form.getReason(), user);
                    redirect.addFlashAttribute(
                            "successMessage",
                            "Records merged: this record of " + survivor.fullName()
                                    + " now holds the other's identifiers, cases and history");
                    return "redirect:/people/" + survivorId;
                },
                () -> showCompare(id, otherId, model, user));
    }

    private String showCompare(Long id, Long otherId, Model model, SignedInUser user) {
        List<Person> both = merges.compare(id, otherId, user);
        Person a = both.get(0);
        Person b = both.get(1);
        model.addAttribute("person", a);
        model.addAttribute("other", b);
        model.addAttribute(
                "head", List.of(Cell.text("Detail"), Cell.text("This record"), Cell.text("The other record")));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row("Name", a.fullName(), b.fullName()));
        rows.add(row("Date of birth", formats.date(a.getDateOfBirth()), formats.date(b.getDateOfBirth())));
        Map<String, String> theirs = b.identifiers();
        a.identifiers().forEach((label, value) -> rows.add(row(label, orNone(value), orNone(theirs.get(label)))));
        rows.add(row("Recorded", formats.dateTime(a.getCreatedAt()), formats.dateTime(b.getCreatedAt())));
        model.addAttribute("rows", rows);
        model.addAttribute("conflicts", PersonMerge.conflicts(a, b));
        model.addAttribute(
                "survivorOptions",
                List.of(
                        new Option(
                                String.valueOf(a.getId()),
                                "Keep this record: " + a.fullName(),
                                "Recorded " + formats.dateTime(a.getCreatedAt())),
                        new Option(
                                String.valueOf(b.getId()),
                                "Keep the other record: " + b.fullName(),
                                "Recorded " + formats.dateTime(b.getCreatedAt()))));
        return "person/merge-confirm";
    }

    private static List<Cell> row(String label, String a, String b) {
        return List.of(Cell.text(label), Cell.text(a), Cell.text(b));
    }

    private static String orNone(String value) {
        return value == null ? "Not recorded" : value;
    }
}
