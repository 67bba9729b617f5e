package org.throughcare.treatment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.person.PersonAccess;
import org.throughcare.referral.ReferralDirectory;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.DayRules;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reintegration needs: recorded with the action agreed and any referral made for them, then their outcome.
 * Every read checks the person's team scope; every change is audited in its transaction.
 */
@Service
class ReintegrationService {

    static final RecordKind RECORD_KIND = RecordKind.of("ReintegrationNeed");

    private final ReintegrationNeedRepository needs;
    private final ReferralDirectory referrals;
    private final PersonAccess access;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final Clock clock;

    ReintegrationService(
            ReintegrationNeedRepository needs,
            ReferralDirectory referrals,
            PersonAccess access,
            AuditService audit,
            EntitySnapshots snapshots,
            Clock clock) {
        this.needs = needs;
        this.referrals = referrals;
        this.access = access;
        this.audit = audit;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Transactional
    ReintegrationNeed record(
            Long personId,
            ReintegrationArea area,
            String need,
            String action,
            Long referralId,
            LocalDate identifiedOn,
            SignedInUser user) {
        access.checkCanView(user, personId);
        List<RuleViolationException> problems = new ArrayList<>();
        if (area == null) {
            problems.add(new RuleViolationException("area", "Select the area of the need"));
        }
        if (need == null || need.isBlank()) {
            problems.add(new RuleViolationException("need", "Enter what the need is"));
        }
        if (action == null || action.isBlank()) {
            problems.add(new RuleViolationException("actionAgreed", "Enter the action agreed with the person"));
        }
        DayRules.check(problems, "identifiedOn", identifiedOn, null, null, LocalDate.now(clock));
        if (referralId != null
                && !referrals.referral(referralId, user).personId().equals(personId)) {
            problems.add(new RuleViolationException("referralId", "Select one of this person's referrals"));
        }
        RuleViolations.throwIfAny(problems);
        ReintegrationNeed saved = needs.save(new ReintegrationNeed(
                personId, user.teamId(), area, need.trim(), action.trim(), referralId, identifiedOn));
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                saved.getId(),
                area.label() + " need of person " + personId + " identified " + Formats.ukDate(identifiedOn),
                snapshots.of(saved).asCreated());
        return saved;
    }

    @Transactional
    ReintegrationNeed recordOutcome(Long needId, NeedOutcome outcome, LocalDate on, SignedInUser user) {
        ReintegrationNeed need = need(needId, user);
        if (need.getOutcome() != null) {
            throw new RuleViolationException(
                    null,
                    "The outcome of this need is already recorded: "
                            + need.getOutcome().label().toLowerCase(Locale.UK) + " on "
                            + Formats.ukDate(need.getOutcomeOn()));
        }
        List<RuleViolationException> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new RuleViolationException("outcome", "Select the outcome"));
        }
        DayRules.check(problems, "on", on, need.getIdentifiedOn(), "the need was identified", LocalDate.now(clock));
        RuleViolations.throwIfAny(problems);
        need.reach(outcome, on, user.username());
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                needId,
                need.getArea().label() + " need " + outcome.label().toLowerCase(Locale.UK) + " on "
                        + Formats.ukDate(on));
        return need;
    }

    @Transactional(readOnly = true)
    ReintegrationNeed need(Long needId, SignedInUser user) {
        ReintegrationNeed need =
                needs.findById(needId).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, needId));
        access.checkCanView(user, need.getPersonId());
        return need;
    }

    @Transactional(readOnly = true)
    List<ReintegrationNeed> forPerson(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return needs.findByPersonIdOrderByIdentifiedOnDescIdDesc(personId);
    }
}
