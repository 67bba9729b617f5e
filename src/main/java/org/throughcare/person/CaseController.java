package org.throughcare.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.throughcare.web.PageLinks;

import java.util.List;

/** A worker's caseload, and allocating, transferring and closing a case. */
@Controller
class CaseController {

    static final int PAGE_SIZE = 25;
    static final String CASE = "person/case";

    public static class TransferForm {
        /** "teamId" or "teamId:ownerId": one select lists each team (unallocated) and each of its workers. */
        @NotBlank(message = "Select who the case is going to")
        private String destination;

        @Size(max = 300, message = "Reason must be 300 characters or fewer")
        private String reason;

        public String getDestination() {
            return destination;
        }

        public void setDestination(String destination) {
            this.destination = destination;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public static class CloseForm {
        @NotBlank(message = "Enter why the case is being closed")
        @Size(max = 300, message = "Reason must be 300 characters or fewer")
        private String closeReason;

        public String getCloseReason() {
            return closeReason;
        }

        public void setCloseReason(String closeReason) {
            this.closeReason = closeReason;
        }
    }

    private final CaseService cases;
    private final CasePage casePage;
    private final Formats formats;

    CaseController(CaseService cases, CasePage casePage, Formats formats) {
        this.cases = cases;
        this.casePage = casePage;
        this.formats = formats;
    }

    @GetMapping("/caseload")
    @ForWorkers
    String caseload(
            @RequestParam(required = false) Integer page, Model model, @AuthenticationPrincipal SignedInUser user) {
        Page<PersonCase> open = PageLinks.fetch(page, index -> cases.caseload(user, index, PAGE_SIZE));
        model.addAttribute(
                "head",
                List.of(Cell.text("Name"), Cell.text("Date of birth"), Cell.text("Opened for"), Cell.text("Opened")));
        model.addAttribute(
                "rows",
                open.stream()
                        .map(c -> List.of(
                                Cell.link(
                                        c.getPerson().fullName(),
                                        "/people/" + c.getPerson().getId()),
                                Cell.text(formats.date(c.getPerson().getDateOfBirth())),
                                Cell.text(c.getOpenedFor().label()),
                                Cell.text(formats.dateTime(c.getOpenedAt()))))
                        .toList());
        model.addAttribute("pages", PageLinks.of(open));
        return "person/caseload";
    }

    @GetMapping("/cases/{id}")
    @ForWorkers
    String show(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user) {
        casePage.addTo(model, id, user);
        model.addAttribute("transferForm", new TransferForm());
        model.addAttribute("closeForm", new CloseForm());
        return CASE;
    }

    @PostMapping("/cases/{id}/transfer")
    @ForWorkers
    String transfer(
            @PathVariable Long id,
            @Valid @ModelAttribute("transferForm") TransferForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    cases.transfer(
                            id, CaseDestination.parse(form.getDestination()).orElse(null), form.getReason(), user);
                    redirect.addFlashAttribute("successMessage", "Case transferred");
                    return "redirect:/cases/" + id;
                },
                () -> showAgain(id, model, user, new CloseForm()));
    }

    @PostMapping("/cases/{id}/close")
    @ForWorkers
    String close(
            @PathVariable Long id,
            @Valid @ModelAttribute("closeForm") CloseForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    Long personId = cases.close(id, form.getCloseReason(), user);
                    redirect.addFlashAttribute("successMessage", "Case closed");
                    return "redirect:/people/" + personId;
                },
                () -> showAgain(id, model, user, new TransferForm()));
    }

    /** The case page again with one form's errors; the other form starts empty. */
    private String showAgain(Long id, Model model, SignedInUser user, Object otherForm) {
        casePage.addAgainTo(model, id, user);
        model.addAttribute(otherForm instanceof TransferForm ? "transferForm" : "closeForm", otherForm);
        return CASE;
    }
}
