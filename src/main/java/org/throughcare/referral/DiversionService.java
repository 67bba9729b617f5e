package org.throughcare.referral;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.database.ReadBatch;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.DayRules;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Diversion and out-of-court disposals: recorded with their conditions and deadline, then their outcome once.
 * Every read checks the person's team scope; every change is audited in its transaction.
 */
@Service
class DiversionService {

    static final RecordKind RECORD_KIND = RecordKind.of("Diversion");

    private final DiversionRepository diversions;
    private final PersonAccess access;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final Clock clock;

    DiversionService(
            DiversionRepository diversions,
            PersonAccess access,
            AuditService audit,
            EntitySnapshots snapshots,
            Clock clock) {
        this.diversions = diversions;
        this.access = access;
        this.audit = audit;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Transactional
    Diversion record(
            Long personId,
            DiversionKind kind,
            String scheme,
            String conditions,
            LocalDate givenOn,
            LocalDate deadline,
            SignedInUser user) {
        access.checkCanView(user, personId);
        List<RuleViolationException> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new RuleViolationException("kind", "Select the kind of disposal or scheme"));
        }
        if (scheme == null || scheme.isBlank()) {
            problems.add(new RuleViolationException("scheme", "Enter the name of the scheme or disposal"));
        }
        if (conditions == null || conditions.isBlank()) {
            problems.add(new RuleViolationException("conditions", "Enter the conditions the person must meet"));
        }
        if (givenOn != null && givenOn.isAfter(LocalDate.now(clock))) {
            problems.add(new RuleViolationException("givenOn", "The date it was given must be today or in the past"));
        }
        if (givenOn != null && deadline != null && deadline.isBefore(givenOn)) {
            problems.add(
                    new RuleViolationException("deadline", "The deadline must be on or after the date it was given"));
        }
        RuleViolations.throwIfAny(problems);
        Diversion saved = diversions.save(
                new Diversion(personId, user.teamId(), kind, scheme.trim(), conditions.trim(), givenOn, deadline));
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                saved.getId(),
                kind.label() + " for person " + personId + " given " + Formats.ukDate(givenOn) + ", deadline "
                        + Formats.ukDate(deadline),
                snapshots.of(saved).asCreated());
        return saved;
    }

    @Transactional
    Diversion recordOutcome(Long diversionId, DiversionOutcome outcome, LocalDate on, String notes, SignedInUser user) {
        Diversion diversion = diversion(diversionId, user);
        if (!diversion.open()) {
            throw new RuleViolationException(
                    null,
                    "The outcome is already recorded: "
                            + diversion.getOutcome().label().toLowerCase(Locale.UK));
        }
        List<RuleViolationException> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new RuleViolationException("outcome", "Select the outcome"));
        }
        DayRules.check(problems, "on", on, diversion.getGivenOn(), "the disposal was given", LocalDate.now(clock));
        RuleViolations.throwIfAny(problems);
        String note = notes == null || notes.isBlank() ? null : notes.trim();
        diversion.conclude(outcome, on, user.username(), note);
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                diversionId,
                "Outcome: " + outcome.label().toLowerCase(Locale.UK) + " on " + Formats.ukDate(on)
                        + (note == null ? "" : ": " + note));
        return diversion;
    }

    @Transactional(readOnly = true)
    Diversion diversion(Long diversionId, SignedInUser user) {
        Diversion diversion = diversions
                .findById(diversionId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, diversionId));
        access.checkCanView(user, diversion.getPersonId());
        return diversion;
    }

    /** The person's diversions as plain rows, newest first, for the person page's summary. */
    @Transactional(readOnly = true)
    Supplier<List<Diversion.Line>> linesFor(Long personId, SignedInUser user, ReadBatch reads) {
        access.checkCanView(user, personId);
        return reads.query(
                """
                        select id, kind, scheme, given_on, deadline, outcome, outcome_on
                        from diversion
                        where person_id = :person
                        order by given_on desc, id desc
                        """,
                Map.of("person", personId),
                (rs, row) -> new Diversion.Line(
                        rs.getLong("id"),
                        DiversionKind.valueOf(rs.getString("kind")),
                        rs.getString("scheme"),
                        rs.getObject("given_on", LocalDate.class),
                        rs.getObject("deadline", LocalDate.class),
                        rs.getString("outcome") == null ? null : DiversionOutcome.valueOf(rs.getString("outcome")),
                        rs.getObject("outcome_on", LocalDate.class)));
    }

    @Transactional(readOnly = true)
    List<Diversion> forPerson(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return diversions.findByPersonIdOrderByGivenOnDescIdDesc(personId);
    }
}
