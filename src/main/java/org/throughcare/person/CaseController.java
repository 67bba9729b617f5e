package org.throughcare.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.throughcare.common.RuleViolationException;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.Cell;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.PageLinks;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A worker's caseload, and allocating, transferring and closing a case. */
@Controller
class CaseController {

    static final int PAGE_SIZE = 25;

    public static class TransferForm {
        /** "teamId" or "teamId:ownerId": one select lists each team (unallocated) and each of its workers. */
        @NotBlank(message = "Select who the case is going to")
        private String destination;
        @Size(max = 300, message = "Reason must be 300 characters or fewer")
        private String reason;

        public String getDestination() { return destination; }
        public void setDestination(String destination) { this.destination = destination; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    public static class CloseForm {
        @NotBlank(message = "Enter why the case is being closed")
        @Size(max = 300, message = "Reason must be 300 characters or fewer")
        private String closeReason;

        public String getCloseReason() { return closeReason; }
        public void setCloseReason(String closeReason) { this.closeReason = closeReason; }
    }

    private final CaseService cases;
    private final UserDirectory directory;
    private final Formats formats;

    CaseController(CaseService cases, UserDirectory directory, Formats formats) {
        this.cases = cases;
        this.directory = directory;
        this.formats = formats;
    }

    @GetMapping("/caseload")
    @PreAuthorize(PersonController.WORKERS)
    String caseload(@RequestParam(required = false) Integer page, Model model, @AuthenticationPrincipal SignedInUser user) {
        Page<PersonCase> open = cases.caseload(user, PageLinks.index(page), PAGE_SIZE);
        model.addAttribute("head", List.of(Cell.text("Name"), Cell.text("Date of birth"), Cell.text("Opened for"),
                Cell.text("Opened")));
        model.addAttribute("rows", open.stream().map(c -> List.of(
                Cell.link(c.getPerson().fullName(), "/people/" + c.getPerson().getId()),
                Cell.text(formats.date(c.getPerson().getDateOfBirth())),
                Cell.text(c.getOpenedFor().label()),
                Cell.text(formats.dateTime(c.getOpenedAt())))).toList());
        model.addAttribute("pages", PageLinks.of(open));
        return "person/caseload";
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize(PersonController.WORKERS)
    String show(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user) {
        PersonCase personCase = cases.view(id, user);
        addCase(model, personCase, user);
        model.addAttribute("transferForm", new TransferForm());
        model.addAttribute("closeForm", new CloseForm());
        return "person/case";
    }

    @PostMapping("/cases/{id}/transfer")
    @PreAuthorize(PersonController.WORKERS)
    String transfer(@PathVariable Long id, @Valid @ModelAttribute("transferForm") TransferForm form, BindingResult result,
                    Model model, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String[] parts = form.getDestination().split(":");
                Long teamId = Long.valueOf(parts[0]);
                Long ownerId = parts.length > 1 ? Long.valueOf(parts[1]) : null;
                cases.transfer(id, teamId, ownerId, form.getReason(), user);
                redirect.addFlashAttribute("successMessage", "Case transferred");
                return "redirect:/cases/" + id;
            } catch (NumberFormatException e) {
                result.rejectValue("destination", "invalid", "Select who the case is going to");
            } catch (RuleViolationException violation) {
                result.rejectValue("destination", "rule", violation.getMessage());
            }
        }
        addCase(model, cases.get(id, user), user);
        model.addAttribute("closeForm", new CloseForm());
        return "person/case";
    }

    @PostMapping("/cases/{id}/close")
    @PreAuthorize(PersonController.WORKERS)
    String close(@PathVariable Long id, @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result,
                 Model model, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                PersonCase personCase = cases.get(id, user);
                cases.close(id, form.getCloseReason(), user);
                redirect.addFlashAttribute("successMessage", "Case closed");
                return "redirect:/people/" + personCase.getPerson().getId();
            } catch (RuleViolationException violation) {
                FormErrors.reject(result, violation);
            }
        }
        addCase(model, cases.get(id, user), user);
        model.addAttribute("transferForm", new TransferForm());
        return "person/case";
    }

    private void addCase(Model model, PersonCase personCase, SignedInUser user) {
        List<CaseTransfer> history = cases.history(personCase.getId(), user);
        Set<Long> teamIds = new java.util.HashSet<>(Set.of(personCase.getTeamId()));
        Set<Long> userIds = new java.util.HashSet<>();
        if (personCase.getOwnerId() != null) {
            userIds.add(personCase.getOwnerId());
        }
        for (CaseTransfer t : history) {
            teamIds.add(t.getFromTeamId());
            teamIds.add(t.getToTeamId());
            if (t.getFromOwnerId() != null) {
                userIds.add(t.getFromOwnerId());
            }
            if (t.getToOwnerId() != null) {
                userIds.add(t.getToOwnerId());
            }
        }
        Map<Long, UserDirectory.TeamSummary> teams = directory.teams(teamIds);
        Map<Long, UserDirectory.UserSummary> users = directory.users(userIds);
        String person = personCase.getPerson().fullName();
        model.addAttribute("personCase", personCase);
        model.addAttribute("personName", person);
        model.addAttribute("details", List.of(
                SummaryRow.of("Person", person),
                SummaryRow.of("Team", teams.get(personCase.getTeamId()).name()),
                SummaryRow.of("Owner", personCase.getOwnerId() == null ? "Unallocated"
                        : users.get(personCase.getOwnerId()).displayName()),
                SummaryRow.of("Opened for", personCase.getOpenedFor().label()),
                SummaryRow.of("Opened", formats.dateTime(personCase.getOpenedAt()) + " by " + personCase.getOpenedBy()),
                SummaryRow.of("Status", personCase.isOpen() ? "Open" : "Closed " + formats.dateTime(personCase.getClosedAt())
                        + ": " + personCase.getCloseReason())));
        model.addAttribute("historyHead", List.of(Cell.text("When"), Cell.text("From"), Cell.text("To"),
                Cell.text("By"), Cell.text("Reason")));
        model.addAttribute("history", history.stream().map(t -> List.of(
                Cell.text(formats.dateTime(t.getTransferredAt())),
                Cell.text(describe(teams, users, t.getFromTeamId(), t.getFromOwnerId())),
                Cell.text(describe(teams, users, t.getToTeamId(), t.getToOwnerId())),
                Cell.text(t.getTransferredBy()),
                Cell.text(t.getReason() == null ? "" : t.getReason()))).toList());
        model.addAttribute("destinations", destinations());
    }

    private List<Option> destinations() {
        List<Option> options = new ArrayList<>();
        Map<Long, List<UserDirectory.UserSummary>> members = directory.activeMembersByTeam();
        for (UserDirectory.TeamSummary team : directory.activeTeams()) {
            options.add(Option.of(team.id(), team.name() + " (unallocated)"));
            for (UserDirectory.UserSummary member : members.getOrDefault(team.id(), List.of())) {
                options.add(Option.of(team.id() + ":" + member.id(), team.name() + ": " + member.displayName()));
            }
        }
        return options;
    }

    private static String describe(Map<Long, UserDirectory.TeamSummary> teams, Map<Long, UserDirectory.UserSummary> users,
                                   Long teamId, Long ownerId) {
        String team = teams.containsKey(teamId) ? teams.get(teamId).name() : "Team " + teamId;
        return ownerId == null ? team + " (unallocated)"
                : team + ": " + (users.containsKey(ownerId) ? users.get(ownerId).displayName() : "User " + ownerId);
    }
}
