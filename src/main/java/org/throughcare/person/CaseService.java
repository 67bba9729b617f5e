package org.throughcare.person;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.CurrentActor;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Cases: opened for a team, allocated to a worker, transferred with history kept, closed with a reason. */
@Service
public class CaseService {

    static final String RECORD_TYPE = "Case";

    private final PersonCaseRepository cases;
    private final CaseTransferRepository transfers;
    private final PersonRepository people;
    private final PersonAccess access;
    private final UserDirectory directory;
    private final AuditService audit;
    private final Clock clock;

    CaseService(PersonCaseRepository cases, CaseTransferRepository transfers, PersonRepository people,
                PersonAccess access, UserDirectory directory, AuditService audit, Clock clock) {
        this.cases = cases;
        this.transfers = transfers;
        this.people = people;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a case for the team, or returns the one already open: a team has one open case per person. */
    @Transactional
    public PersonCase open(Person person, Long teamId, Long ownerId, CaseOpenedFor openedFor) {
        Optional<PersonCase> existing = cases.findByPersonIdAndTeamIdAndClosedAtIsNull(person.getId(), teamId);
        if (existing.isPresent()) {
            return existing.get();
        }
        PersonCase opened = cases.save(new PersonCase(person, teamId, ownerId, openedFor, clock.instant(),
                CurrentActor.name()));
        audit.record(AuditAction.CREATE, RECORD_TYPE, opened.getId(),
                "Opened for " + openedFor.label() + " (person " + person.getId() + ", team " + teamId + ")");
        return opened;
    }

    /**
     * A worker starts working with someone already recorded by another team: opens a case for the
     * worker's own team, which brings the person into their scope. The reason is audited.
     */
    @Transactional
    public PersonCase openForMyTeam(Long personId, SignedInUser user, CaseOpenedFor openedFor) {
        Person person = people.findById(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
        return open(person, user.teamId(), user.id(), openedFor);
    }

    @Transactional
    public void transfer(Long caseId, Long toTeamId, Long toOwnerId, String reason, SignedInUser user) {
        PersonCase personCase = openCaseInScope(caseId, user);
        if (toTeamId == null) {
            throw new RuleViolationException("teamId", "Select the team to transfer the case to");
        }
        if (toOwnerId != null && directory.activeMembers(toTeamId).stream().noneMatch(u -> u.id().equals(toOwnerId))) {
            throw new RuleViolationException("ownerId", "Select someone who works in that team");
        }
        if (toTeamId.equals(personCase.getTeamId()) && java.util.Objects.equals(toOwnerId, personCase.getOwnerId())) {
            throw new RuleViolationException("ownerId", "The case is already with that team and worker");
        }
        if (!toTeamId.equals(personCase.getTeamId())
                && cases.findByPersonIdAndTeamIdAndClosedAtIsNull(personCase.getPerson().getId(), toTeamId).isPresent()) {
            throw new RuleViolationException("teamId", "That team already has an open case with this person");
        }
        transfers.save(new CaseTransfer(caseId, personCase.getTeamId(), toTeamId, personCase.getOwnerId(), toOwnerId,
                clock.instant(), CurrentActor.name(), blankToNull(reason)));
        String summary = "Transferred from team " + personCase.getTeamId() + " / owner " + personCase.getOwnerId()
                + " to team " + toTeamId + " / owner " + toOwnerId;
        personCase.transfer(toTeamId, toOwnerId);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, caseId, summary);
    }

    @Transactional
    public void close(Long caseId, String reason, SignedInUser user) {
        PersonCase personCase = openCaseInScope(caseId, user);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("closeReason", "Enter why the case is being closed");
        }
        personCase.close(clock.instant(), CurrentActor.name(), reason.trim());
        audit.record(AuditAction.UPDATE, RECORD_TYPE, caseId, "Closed: " + reason.trim());
    }

    /** A worker's caseload: their open cases, newest first. */
    @Transactional(readOnly = true)
    public Page<PersonCase> caseload(SignedInUser user, int page, int size) {
        return cases.findCaseload(user.id(), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "openedAt")));
    }

    @Transactional(readOnly = true)
    public List<CaseTransfer> history(Long caseId, SignedInUser user) {
        PersonCase personCase = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, caseId));
        access.checkCanView(user, personCase.getPerson().getId());
        return transfers.findByCaseIdOrderByTransferredAtAsc(caseId);
    }

    /** Opens a case's page: scope checked and the view audited, like the person's record. */
    @Transactional
    public PersonCase view(Long caseId, SignedInUser user) {
        PersonCase personCase = get(caseId, user);
        audit.record(AuditAction.VIEW, RECORD_TYPE, caseId, "Person " + personCase.getPerson().getId());
        return personCase;
    }

    @Transactional(readOnly = true)
    public PersonCase get(Long caseId, SignedInUser user) {
        PersonCase personCase = cases.findWithPersonById(caseId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, caseId));
        access.checkCanView(user, personCase.getPerson().getId());
        return personCase;
    }

    private PersonCase openCaseInScope(Long caseId, SignedInUser user) {
        PersonCase personCase = get(caseId, user);
        if (!access.scopeTeamIds(user).contains(personCase.getTeamId())) {
            throw new org.springframework.security.access.AccessDeniedException("Case " + caseId + " is not your team's");
        }
        if (!personCase.isOpen()) {
            throw new RuleViolationException(null, "This case is closed");
        }
        return personCase;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
