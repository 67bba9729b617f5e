package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.Allowed;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.database.ReadBatch;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Liaison and Diversion screening, assessment and outcome. An outcome of "referred on" needs an onward referral
 * made from the screening first. Every read checks the team scope; every change and view is audited.
 */
@Service
class LiaisonService {

    static final RecordKind RECORD_KIND = RecordKind.of("LiaisonScreening");

    private final LiaisonScreeningRepository screenings;
    private final ReferralRepository referrals;
    private final PersonAccess access;
    private final AuditService audit;
    private final Formats formats;
    private final Clock clock;

    LiaisonService(
            LiaisonScreeningRepository screenings,
            ReferralRepository referrals,
            PersonAccess access,
            AuditService audit,
            Formats formats,
            Clock clock) {
        this.screenings = screenings;
        this.referrals = referrals;
        this.access = access;
        this.audit = audit;
        this.formats = formats;
        this.clock = clock;
    }

    @Transactional
    LiaisonScreening screen(
            Long personId,
            ScreeningSource source,
            Instant at,
            Set<ScreeningNeed> needs,
            Risk risk,
            Urgency urgency,
            String notes,
            SignedInUser user) {
        access.checkCanView(user, personId);
        List<RuleViolationException> problems = new ArrayList<>();
        if (source == null) {
            problems.add(new RuleViolationException("source", "Select where the person was seen"));
        }
        if (risk == null) {
            problems.add(new RuleViolationException("risk", "Select the risk"));
        }
        if (urgency == null) {
            problems.add(new RuleViolationException("urgency", "Select how urgent it is"));
        }
        if (at != null && at.isAfter(clock.instant())) {
            problems.add(new RuleViolationException("date", "The time of the screening must be in the past"));
        }
        RuleViolations.throwIfAny(problems);
        String note = notes == null || notes.isBlank() ? null : notes.trim();
        LiaisonScreening saved = screenings.save(
                new LiaisonScreening(personId, user.teamId(), source, at, user.username(), needs, risk, urgency, note));
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                saved.getId(),
                "Screening of person " + personId + " at " + source.label().toLowerCase(Locale.UK) + " on "
                        + formats.dateTime(at) + ": needs " + describe(needs) + ", risk "
                        + risk.label().toLowerCase(Locale.UK) + ", "
                        + urgency.label().toLowerCase(Locale.UK));
        return saved;
    }

    @Transactional
    LiaisonScreening recordAssessment(Long screeningId, Instant at, SignedInUser user) {
        LiaisonScreening screening = screening(screeningId, user);
        check(screening.allows(LiaisonScreening.Action.RECORD_ASSESSMENT));
        checkTime(screening, at);
        screening.assessed(at, user.username());
        audit.record(AuditAction.UPDATE, RECORD_KIND, screeningId, "Assessed on " + formats.dateTime(at));
        return screening;
    }

    @Transactional
    LiaisonScreening recordOutcome(Long screeningId, ScreeningOutcome outcome, Instant at, SignedInUser user) {
        LiaisonScreening screening = screening(screeningId, user);
        check(screening.allows(LiaisonScreening.Action.RECORD_OUTCOME));
        if (outcome == null) {
            throw new RuleViolationException("outcome", "Select the outcome");
        }
        if (outcome == ScreeningOutcome.REFERRED
                && referrals.findFromScreening(screeningId).isEmpty()) {
            throw new RuleViolationException(
                    "outcome", "No onward referral was made from this screening: make the referral first");
        }
        checkTime(screening, at);
        screening.concluded(outcome, at, user.username());
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                screeningId,
                "Outcome: " + outcome.label().toLowerCase(Locale.UK) + " on " + formats.dateTime(at));
        return screening;
    }

    private void checkTime(LiaisonScreening screening, Instant at) {
        if (at.isAfter(clock.instant())) {
            throw new RuleViolationException("date", "The time must be in the past");
        }
        if (at.isBefore(screening.lastStepAt())) {
            throw new RuleViolationException(
                    "date",
                    "The time must be after the step before it, on " + formats.dateTime(screening.lastStepAt()));
        }
    }

    /** A screening for a form, or a referral made from it: scope checked, not audited. */
    @Transactional(readOnly = true)
    LiaisonScreening screening(Long screeningId, SignedInUser user) {
        LiaisonScreening screening = screenings
                .findById(screeningId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, screeningId));
        access.checkCanView(user, screening.getPersonId());
        return screening;
    }

    /** A screening for its page, with the onward referrals it made: scope checked and the view audited. */
    @Transactional
    List<Referral> view(LiaisonScreening screening) {
        audit.record(AuditAction.VIEW, RECORD_KIND, screening.getId(), null);
        return referrals.findFromScreening(screening.getId());
    }

    @Transactional(readOnly = true)
    List<LiaisonScreening> forPerson(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return screenings.findByPersonIdOrderByScreenedAtDescIdDesc(personId);
    }

    /** How many screenings the person has, and the latest as a plain row (the person page's summary). */
    record Latest(long count, LiaisonScreening.Line line) {}

    @Transactional(readOnly = true)
    Supplier<Latest> latestFor(Long personId, SignedInUser user, ReadBatch reads) {
        access.checkCanView(user, personId);
        Supplier<List<Latest>> rows = reads.query(
                """
                        select id, screened_at, source, substance_use, mental_health, learning_disability,
                               physical_health, housing, social, risk, assessed_at, outcome, count(*) over () as total
                        from liaison_screening
                        where person_id = :person
                        order by screened_at desc, id desc
                        limit 1
                        """,
                Map.of("person", personId),
                (rs, row) -> new Latest(
                        rs.getLong("total"),
                        new LiaisonScreening.Line(
                                rs.getLong("id"),
                                rs.getTimestamp("screened_at").toInstant(),
                                ScreeningSource.valueOf(rs.getString("source")),
                                LiaisonScreening.needs(
                                        rs.getBoolean("substance_use"),
                                        rs.getBoolean("mental_health"),
                                        rs.getBoolean("learning_disability"),
                                        rs.getBoolean("physical_health"),
                                        rs.getBoolean("housing"),
                                        rs.getBoolean("social")),
                                Risk.valueOf(rs.getString("risk")),
                                rs.getTimestamp("assessed_at") == null
                                        ? null
                                        : rs.getTimestamp("assessed_at").toInstant(),
                                rs.getString("outcome") == null
                                        ? null
                                        : ScreeningOutcome.valueOf(rs.getString("outcome")))));
        return () -> rows.get().stream().findFirst().orElse(new Latest(0, null));
    }

    @Transactional(readOnly = true)
    Page<LiaisonScreening> inProgress(SignedInUser user, int page, int size) {
        return screenings.findInProgress(user.teamId(), PageRequest.of(page, size));
    }

    static String describe(Set<ScreeningNeed> needs) {
        return needs.isEmpty()
                ? "none found"
                : needs.stream().map(n -> n.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", "));
    }

    private static void check(Allowed allowed) {
        if (!allowed.isAllowed()) {
            throw new RuleViolationException(null, allowed.refusal());
        }
    }
}
