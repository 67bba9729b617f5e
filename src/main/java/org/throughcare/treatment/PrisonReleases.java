package org.throughcare.treatment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.throughcare.user.SignedInUser;
import org.throughcare.web.DayRules;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Releases from prison and the first community treatment appointment after them. Every read checks the
 * person's team scope; every change is audited in its transaction.
 */
@Service
class PrisonReleases {

    static final RecordKind RELEASE = RecordKind.of("PrisonRelease");

    private final PrisonReleaseRepository releases;
    private final PersonAccess access;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final Clock clock;

    PrisonReleases(
            PrisonReleaseRepository releases,
            PersonAccess access,
            AuditService audit,
            EntitySnapshots snapshots,
            Clock clock) {
        this.releases = releases;
        this.access = access;
        this.audit = audit;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** Records a release from prison; the user's team follows it up. */
    @Transactional
    PrisonRelease recordRelease(
            Long personId,
            LocalDate releasedOn,
            String prison,
            Boolean naloxone,
            Boolean continuityReferral,
            SignedInUser user) {
        access.checkCanView(user, personId);
        List<RuleViolationException> problems = new ArrayList<>();
        if (releasedOn == null) {
            problems.add(new RuleViolationException("releasedOn", "Enter the date of release"));
        } else if (releasedOn.isAfter(today())) {
            problems.add(new RuleViolationException("releasedOn", "The date of release must be today or in the past"));
        }
        if (prison == null || prison.isBlank()) {
            problems.add(new RuleViolationException("prison", "Enter the prison the person was released from"));
        }
        if (naloxone == null) {
            problems.add(new RuleViolationException("naloxone", "Select whether naloxone was supplied"));
        }
        if (continuityReferral == null) {
            problems.add(new RuleViolationException(
                    "continuityReferral", "Select whether a continuity-of-care referral was made"));
        }
        RuleViolations.throwIfAny(problems);
        PrisonRelease release = releases.save(
                new PrisonRelease(personId, user.teamId(), releasedOn, prison.trim(), naloxone, continuityReferral));
        audit.record(
                AuditAction.CREATE,
                RELEASE,
                release.getId(),
                "Release of person " + personId + " from " + prison.trim() + " on " + Formats.ukDate(releasedOn),
                snapshots.of(release).asCreated());
        return release;
    }

    @Transactional
    PrisonRelease recordFirstAppointment(Long releaseId, LocalDate on, SignedInUser user) {
        PrisonRelease release = release(releaseId, user);
        if (release.getFirstAppointmentOn() != null) {
            throw new RuleViolationException(
                    null,
                    "The first appointment after this release is already recorded, on "
                            + Formats.ukDate(release.getFirstAppointmentOn()));
        }
        if (on == null) {
            throw new RuleViolationException("on", "Enter the date of the first appointment attended");
        }
        List<RuleViolationException> problems = new ArrayList<>();
        DayRules.check(problems, "on", on, release.getReleasedOn(), "the release", today());
        RuleViolations.throwIfAny(problems);
        release.firstAppointment(on, user.username());
        audit.record(
                AuditAction.UPDATE,
                RELEASE,
                releaseId,
                "First community treatment appointment after release on " + Formats.ukDate(on));
        return release;
    }

    @Transactional(readOnly = true)
    PrisonRelease release(Long releaseId, SignedInUser user) {
        PrisonRelease release =
                releases.findById(releaseId).orElseThrow(() -> new RecordNotFoundException(RELEASE, releaseId));
        access.checkCanView(user, release.getPersonId());
        return release;
    }

    @Transactional(readOnly = true)
    List<PrisonRelease> releasesOf(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return releases.findByPersonIdOrderByReleasedOnDescIdDesc(personId);
    }

    /** The team's releases not yet followed by a community treatment appointment, longest waiting first. */
    @Transactional(readOnly = true)
    Page<PrisonRelease> notYetSeen(SignedInUser user, int page, int size) {
        return releases.findNotYetSeen(user.teamId(), PageRequest.of(page, size));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
