package org.throughcare.person;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a case's page shows: its details, its transfer history and where it may go next. */
@Component
class CasePage {

    private final CaseService cases;
    private final UserDirectory directory;
    private final Formats formats;

    CasePage(CaseService cases, UserDirectory directory, Formats formats) {
        this.cases = cases;
        this.directory = directory;
        this.formats = formats;
    }

    /** The case page for a view: scope checked and the view audited, and all it shows, in one transaction. */
    @Transactional
    void addTo(Model model, Long caseId, SignedInUser user) {
        fill(model, cases.view(caseId, user), user);
    }

    /** The case page again after a form's errors: not a new view. */
    @Transactional(readOnly = true)
    void addAgainTo(Model model, Long caseId, SignedInUser user) {
        fill(model, cases.get(caseId, user), user);
    }

    private void fill(Model model, PersonCase personCase, SignedInUser user) {
        List<CaseTransfer> history = cases.history(personCase.getId(), user);
        Set<Long> teamIds = new HashSet<>(Set.of(personCase.getTeamId()));
        Set<Long> userIds = new HashSet<>();
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
        model.addAttribute(
                "canTransfer", personCase.allows(PersonCase.Action.TRANSFER).isAllowed());
        model.addAttribute(
                "canClose", personCase.allows(PersonCase.Action.CLOSE).isAllowed());
        model.addAttribute("personName", person);
        List<SummaryRow> details = new ArrayList<>(List.of(
                SummaryRow.of("Person", person),
                SummaryRow.of("Team", teams.get(personCase.getTeamId()).name()),
                SummaryRow.of(
                        "Owner",
                        personCase.getOwnerId() == null
                                ? "Unallocated"
                                : users.get(personCase.getOwnerId()).displayName()),
                SummaryRow.of("Opened for", personCase.getOpenedFor().label()),
                SummaryRow.of(
                        "Opened", formats.dateTime(personCase.getOpenedAt()) + " by " + personCase.getOpenedBy())));
        if (personCase.getAccessReason() != null) {
            details.add(SummaryRow.of(
                    "Why the team opened it",
                    personCase.getAccessReason().label()
                            + (personCase.getAccessReasonDetail() == null
                                    ? ""
                                    : ": " + personCase.getAccessReasonDetail())));
        }
        details.add(SummaryRow.of(
                "Status",
                personCase.isOpen()
                        ? "Open"
                        : "Closed " + formats.dateTime(personCase.getClosedAt()) + ": " + personCase.getCloseReason()));
        model.addAttribute("details", details);
        model.addAttribute(
                "historyHead",
                List.of(Cell.text("When"), Cell.text("From"), Cell.text("To"), Cell.text("By"), Cell.text("Reason")));
        model.addAttribute(
                "history",
                history.stream()
                        .map(t -> List.of(
                                Cell.text(formats.dateTime(t.getTransferredAt())),
                                Cell.text(describe(teams, users, t.getFromTeamId(), t.getFromOwnerId())),
                                Cell.text(describe(teams, users, t.getToTeamId(), t.getToOwnerId())),
                                Cell.text(t.getTransferredBy()),
                                Cell.text(t.getReason() == null ? "" : t.getReason())))
                        .toList());
        model.addAttribute("destinations", destinations());
    }

    private List<Option> destinations() {
        List<Option> options = new ArrayList<>();
        directory.caseHoldingTeams().forEach((team, workers) -> {
            options.add(Option.of(new CaseDestination(team.id(), null).value(), team.name() + " (unallocated)"));
            workers.forEach(worker -> options.add(Option.of(
                    new CaseDestination(team.id(), worker.id()).value(), team.name() + ": " + worker.displayName())));
        });
        return options;
    }

    private static String describe(
            Map<Long, UserDirectory.TeamSummary> teams,
            Map<Long, UserDirectory.UserSummary> users,
            Long teamId,
            Long ownerId) {
        String team = teams.containsKey(teamId) ? teams.get(teamId).name() : "Team " + teamId;
        return ownerId == null
                ? team + " (unallocated)"
                : team + ": " + (users.containsKey(ownerId) ? users.get(ownerId).displayName() : "User " + ownerId);
    }
}
