package org.throughcare.person;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.user.ForWorkers;
import org.throughcare.user.ForWorkersAndManagers;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;

import java.time.Clock;
import java.time.Year;
import java.util.Optional;

/** Creating, changing and opening a person's record. */
@Controller
@RequestMapping("/people")
class PersonController {

    private final PersonService people;
    private final CaseService cases;
    private final PersonOptions options;
    private final PersonPage personPage;
    private final Clock clock;
    private final Formats formats;

    PersonController(
            PersonService people,
            CaseService cases,
            PersonOptions options,
            PersonPage personPage,
            Clock clock,
            Formats formats) {
        this.formats = formats;
        this.people = people;
        this.cases = cases;
        this.options = options;
        this.personPage = personPage;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    @ForWorkers
    String newPerson(Model model) {
        model.addAttribute("personForm", new PersonForm());
        return showForm(null, model);
    }

    @PostMapping("/new")
    @ForWorkers
    String create(
            @Valid @ModelAttribute("personForm") PersonForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        if (form.getCustodyRecordNumber() != null
                && !form.getCustodyRecordNumber().isBlank()
                && form.getCustodyRecordForceId() == null) {
            result.rejectValue(
                    "custodyRecordForceId", "required", "Select the police force that gave the custody record number");
        }
        return FormErrors.submit(
                result,
                () -> {
                    try {
                        Person person = people.create(
                                form.toDetails(Year.now(clock).getValue()),
                                form.toCustodyNumber(),
                                user,
                                form.isNotADuplicate());
                        redirect.addFlashAttribute(
                                "successMessage", person.fullName() + " added. Your team now has a case with them.");
                        return "redirect:/people/" + person.getId();
                    } catch (PossibleDuplicatesException duplicates) {
                        model.addAttribute("possibleMatches", duplicates.matches());
                        throw duplicates;
                    } catch (DuplicateIdentifierException duplicate) {
                        model.addAttribute("identifierMatch", duplicate.existing());
                        throw duplicate;
                    }
                },
                () -> showForm(null, model));
    }

    @GetMapping("/{id}")
    @ForWorkersAndManagers
    String show(
            @PathVariable Long id,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            personPage.addTo(model, id, user);
            return "person/person";
        } catch (AccessDeniedException denied) {
            // A merged record has no cases of its own: send the user to the record it was merged into.
            Optional<Person> merged = people.mergedRecord(id);
            if (merged.isPresent()) {
                Person p = merged.get();
                redirect.addFlashAttribute(
                        "successMessage",
                        "The record you opened was merged into this one on " + formats.dateTime(p.getMergedAt())
                                + " by " + p.getMergedBy() + ": " + p.getMergeReason());
                return "redirect:/people/" + p.getMergedIntoId();
            }
            people.recordRefusedView(id, user);
            model.addAttribute("openCaseForm", new OpenCaseForm());
            return noAccess(id, model, user);
        }
    }

    /**
     * One section of the person's record in full (the person page shows its summary). Same access as the person
     * page: a user without it is sent there, which says why and records the refused view.
     */
    @GetMapping("/{id}/{section:[a-z][a-z-]*}")
    @ForWorkersAndManagers
    String section(
            @PathVariable Long id,
            @PathVariable String section,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        try {
            personPage
                    .addSectionTo(model, id, section, user)
                    .orElseThrow(() -> new RecordNotFoundException("Section", section));
            return "person/section";
        } catch (AccessDeniedException denied) {
            return "redirect:/people/" + id;
        }
    }

    /** Starts work with someone another team recorded: opens a case for the user's own team, saying why. */
    @PostMapping("/{id}/cases")
    @ForWorkers
    String openCase(
            @PathVariable Long id,
            @Valid @ModelAttribute("openCaseForm") OpenCaseForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    cases.openForMyTeam(id, user, form.getReason(), form.getDetail());
                    redirect.addFlashAttribute(
                            "successMessage",
                            "Case opened for " + user.teamName() + ". Your team can now see this record.");
                    return "redirect:/people/" + id;
                },
                () -> noAccess(id, model, user));
    }

    private String noAccess(Long id, Model model, SignedInUser user) {
        model.addAttribute("personId", id);
        model.addAttribute("canOpenCase", RoleGroup.WORKERS.includes(user.role()));
        model.addAttribute("reasonOptions", Option.fromEnum(CaseAccessReason.class, CaseAccessReason::label));
        return "person/no-access";
    }

    @GetMapping("/{id}/edit")
    @ForWorkers
    String edit(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user) {
        Person person = people.forEdit(id, user);
        model.addAttribute("personForm", PersonForm.of(person));
        return showForm(person, model);
    }

    @PostMapping("/{id}/edit")
    @ForWorkers
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("personForm") PersonForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    Person person =
                            people.update(id, form.toDetails(Year.now(clock).getValue()), form.getVersion(), user);
                    redirect.addFlashAttribute("successMessage", "Changes to " + person.fullName() + " saved");
                    return "redirect:/people/" + id;
                },
                () -> showForm(people.forEdit(id, user), model));
    }

    /** Adding a number is a page of its own, so its errors show on its fields (the GOV.UK error pattern). */
    @GetMapping("/{id}/custody-record-numbers/new")
    @ForWorkers
    String newCustodyRecordNumber(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("numberForm", new CustodyNumberForm());
        return showNumberForm(id, model, user);
    }

    @PostMapping("/{id}/custody-record-numbers")
    @ForWorkers
    String addCustodyRecordNumber(
            @PathVariable Long id,
            @Valid @ModelAttribute("numberForm") CustodyNumberForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    people.addCustodyRecordNumber(
                            id,
                            new PersonService.CustodyNumber(
                                    form.getForceId(), form.getNumber().trim()),
                            user);
                    redirect.addFlashAttribute("successMessage", "Custody record number added");
                    return "redirect:/people/" + id + "#custody-record-numbers";
                },
                () -> showNumberForm(id, model, user));
    }

    private String showNumberForm(Long id, Model model, SignedInUser user) {
        model.addAttribute("person", people.forEdit(id, user));
        model.addAttribute("forceOptions", options.forceOptions());
        return "person/custody-record-number";
    }

    private String showForm(Person person, Model model) {
        options.addTo(model);
        model.addAttribute("person", person);
        return "person/person-form";
    }
}
