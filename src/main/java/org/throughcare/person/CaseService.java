package org.throughcare.person;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.CurrentActor;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.Text;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Cases: opened for a team, allocated to a worker, transferred with history kept, closed with a reason. */
@Service
public class CaseService {

    static final RecordKind RECORD_KIND = RecordKind.of("Case");

    private final PersonCaseRepository cases;
    private final CaseTransferRepository transfers;
    private final PersonRepository people;
    private final PersonAccess access;
    private final UserDirectory directory;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CaseService(
            PersonCaseRepository cases,
            CaseTransferRepository transfers,
            PersonRepository people,
            PersonAccess access,
            UserDirectory directory,
            AuditService audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.cases = cases;
        this.transfers = transfers;
        this.people = people;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Opens a case for the team, or returns the one already open: a team has one open case per person. */
    @Transactional
    public PersonCase open(Person person, Long teamId, Long ownerId, CaseOpenedFor openedFor) {
        Optional<PersonCase> existing = cases.findByPersonIdAndTeamIdAndClosedAtIsNull(person.getId(), teamId);
        if (existing.isPresent()) {
            return existing.get();
        }
        PersonCase opened =
                cases.save(new PersonCase(person, teamId, ownerId, openedFor, clock.instant(), CurrentActor.name()));
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                opened.getId(),
                "Opened for " + openedFor.label() + " (person " + person.getId() + ", team " + teamId + ")");
        publish(opened);
        return opened;
    }

    /**
     * Another module hands the person to a team (a referral sent to the team's service): opens an unallocated
     * case for it, or returns the one already open. The person is locked so two hand-offs at once open one case.
     */
    @Transactional
    public PersonCase openForTeam(Long personId, Long teamId, CaseOpenedFor openedFor) {
        Person person = people.findAndLock(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
        return open(person, teamId, null, openedFor);
    }

    /**
     * A worker starts working with someone already recorded by another team: opens a case for the worker's
     * own team, which brings the person into their scope. Why is required, kept on the case and audited. When
     * the team already has an open case with them, that one is returned and nothing changes.
     */
    @Transactional
    public PersonCase openForMyTeam(Long personId, SignedInUser user, CaseAccessReason reason, String detail) {
        // Locked: the same request sent twice at once (a double click) finds the case the first one opened.
        Person person = people.findAndLock(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
        String explained = Text.blankToNull(detail);
        if (reason == null) {
            throw new RuleViolationException("reason", "Select why your team is starting work with this person");
        }
        if (reason == CaseAccessReason.OTHER && explained == null) {
            throw new RuleViolationException("detail", "Enter why your team is starting work with this person");
        }
        Optional<PersonCase> existing = cases.findByPersonIdAndTeamIdAndClosedAtIsNull(personId, user.teamId());
        if (existing.isPresent()) {
            return existing.get();
        }
        CaseOpenedFor openedFor = CaseOpenedFor.forRole(user.role());
        PersonCase opened =
                new PersonCase(person, user.teamId(), user.id(), openedFor, clock.instant(), CurrentActor.name());
        opened.openedForAccess(reason, explained);
        cases.saveAndFlush(opened);
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                opened.getId(),
                "Opened for " + openedFor.label()
                        + " (person " + personId + ", team " + user.teamId()
                        + ") to work with someone another team recorded: "
                        + reason.label() + (explained == null ? "" : ": " + explained));
        publish(opened);
        return opened;
    }

    /** Cases teams of the manager's area opened to gain access to someone another team recorded. */
    @Transactional(readOnly = true)
    public Page<PersonCase> accessOpenings(SignedInUser manager, int page, int size) {
        List<Long> teams = access.scopeTeamIds(manager);
        if (teams.isEmpty()) {
            return Page.empty(PageRequest.of(page, size));
        }
        return cases.findAccessOpenings(
                teams, PageRequest.of(page, size, Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("id"))));
    }

    /**
     * Moves a case to a team that holds cases (unallocated there) or to one of its workers, keeping the
     * transfer in the case's history. Administration and management teams hold no cases.
     */
    @Transactional
    public void transfer(Long caseId, CaseDestination to, String reason, SignedInUser user) {
        PersonCase personCase = caseInScope(caseId, PersonCase.Action.TRANSFER, user);
        if (to == null || !destinations().contains(to)) {
            throw new RuleViolationException("destination", "Select who the case is going to from the list");
        }
        if (to.teamId().equals(personCase.getTeamId()) && Objects.equals(to.ownerId(), personCase.getOwnerId())) {
            throw new RuleViolationException("destination", "The case is already with that team and worker");
        }
        if (!to.teamId().equals(personCase.getTeamId())
                && cases.findByPersonIdAndTeamIdAndClosedAtIsNull(
                                personCase.getPerson().getId(), to.teamId())
                        .isPresent()) {
            throw new RuleViolationException("destination", "That team already has an open case with this person");
        }
        transfers.save(new CaseTransfer(
                caseId,
                personCase.getTeamId(),
                to.teamId(),
                personCase.getOwnerId(),
                to.ownerId(),
                clock.instant(),
                CurrentActor.name(),
                Text.blankToNull(reason)));
        String summary = "Transferred from team " + personCase.getTeamId() + " / owner " + personCase.getOwnerId()
                + " to team " + to.teamId() + " / owner " + to.ownerId();
        publisher.publishEvent(new CaseTransferred(
                caseId,
                personCase.getPerson().getId(),
                personCase.getTeamId(),
                personCase.getOwnerId(),
                to.teamId(),
                to.ownerId(),
                clock.instant()));
        personCase.transfer(to.teamId(), to.ownerId());
        audit.record(AuditAction.UPDATE, RECORD_KIND, caseId, summary);
    }

    /** Everywhere a case may go: each team that holds cases, unallocated, and each of its workers. */
    @Transactional(readOnly = true)
    public List<CaseDestination> destinations() {
        List<CaseDestination> destinations = new ArrayList<>();
        directory.caseHoldingTeams().forEach((team, workers) -> {
            destinations.add(new CaseDestination(team.id(), null));
            workers.forEach(worker -> destinations.add(new CaseDestination(team.id(), worker.id())));
        });
        return destinations;
    }

    /** Closes the case with a reason; returns the person's id. */
    @Transactional
    public Long close(Long caseId, String reason, SignedInUser user) {
        PersonCase personCase = caseInScope(caseId, PersonCase.Action.CLOSE, user);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("closeReason", "Enter why the case is being closed");
        }
        personCase.close(clock.instant(), CurrentActor.name(), reason.trim());
        publisher.publishEvent(new CaseClosed(
                caseId,
                personCase.getPerson().getId(),
                personCase.getTeamId(),
                reason.trim(),
                personCase.getClosedAt()));
        audit.record(AuditAction.UPDATE, RECORD_KIND, caseId, "Closed: " + reason.trim());
        return personCase.getPerson().getId();
    }

    /** A worker's caseload: their open cases, newest first. */
    @Transactional(readOnly = true)
    public Page<PersonCase> caseload(SignedInUser user, int page, int size) {
        return cases.findCaseload(user.id(), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "openedAt")));
    }

    @Transactional(readOnly = true)
    public List<CaseTransfer> history(Long caseId, SignedInUser user) {
        PersonCase personCase =
                cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, caseId));
        access.checkCanView(user, personCase.getPerson().getId());
        return transfers.findByCaseIdOrderByTransferredAtAsc(caseId);
    }

    /** Opens a case's page: scope checked and the view audited, like the person's record. */
    @Transactional
    public PersonCase view(Long caseId, SignedInUser user) {
        PersonCase personCase = get(caseId, user);
        audit.record(
                AuditAction.VIEW,
                RECORD_KIND,
                caseId,
                "Person " + personCase.getPerson().getId());
        return personCase;
    }

    @Transactional(readOnly = true)
    public PersonCase get(Long caseId, SignedInUser user) {
        PersonCase personCase =
                cases.findWithPersonById(caseId).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, caseId));
        access.checkCanView(user, personCase.getPerson().getId());
        return personCase;
    }

    /** A case of the user's own teams whose state allows the action. */
    private PersonCase caseInScope(Long caseId, PersonCase.Action action, SignedInUser user) {
        PersonCase personCase = get(caseId, user);
        if (!access.scopeTeamIds(user).contains(personCase.getTeamId())) {
            throw new AccessDeniedException("Case " + caseId + " is not your team's");
        }
        RuleViolations.throwIfAny(personCase.allows(action).problems());
        return personCase;
    }

    private void publish(PersonCase opened) {
        publisher.publishEvent(new CaseOpened(
                opened.getId(),
                opened.getPerson().getId(),
                opened.getTeamId(),
                opened.getOwnerId(),
                opened.getOpenedFor(),
                opened.getAccessReason(),
                opened.getOpenedAt()));
    }
}
