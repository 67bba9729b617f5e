package org.throughcare.referral;

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
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Recording and withdrawing a person's consent, and answering whether it is current. Every read checks the
 * user's team scope; every change is audited in its transaction.
 */
@Service
public class ConsentService {

    static final RecordKind RECORD_KIND = RecordKind.of("Consent");

    private final ConsentRepository consents;
    private final PersonAccess access;
    private final AuditService audit;
    private final Formats formats;
    private final Clock clock;

    ConsentService(ConsentRepository consents, PersonAccess access, AuditService audit, Formats formats, Clock clock) {
        this.consents = consents;
        this.access = access;
        this.audit = audit;
        this.formats = formats;
        this.clock = clock;
    }

    /** Records each thing consented to; refuses any that is already current, naming it. */
    @Transactional
    List<Consent> record(
            Long personId, List<ConsentItem> items, ConsentMethod how, Instant givenAt, SignedInUser user) {
        access.checkCanView(user, personId);
        List<RuleViolationException> problems = new ArrayList<>();
        if (items.isEmpty()) {
            problems.add(new RuleViolationException("items", "Select what the person consented to"));
        }
        if (how == null) {
            problems.add(new RuleViolationException("how", "Select how the person gave consent"));
        }
        for (ConsentItem item : items) {
            if (isCurrent(personId, item)) {
                problems.add(new RuleViolationException(
                        "items",
                        "Consent to " + item.label() + " is already recorded. Withdraw it first to record it again"));
            }
        }
        RuleViolations.throwIfAny(problems);
        List<Consent> saved = new ArrayList<>();
        for (ConsentItem item : items) {
            Consent consent = consents.save(new Consent(personId, item, givenAt, how));
            audit.record(
                    AuditAction.CREATE,
                    RECORD_KIND,
                    consent.getId(),
                    "Consent to " + item.label() + " given " + how.label().toLowerCase(Locale.UK) + " on "
                            + formats.dateTime(givenAt) + " by person " + personId);
            saved.add(consent);
        }
        return saved;
    }

    /** Withdraws a consent, from a time not before it was given, with a reason. */
    @Transactional
    Consent withdraw(Long consentId, Instant at, String reason, SignedInUser user) {
        Consent consent = consent(consentId, user);
        Allowed allowed = consent.allows(Consent.Action.WITHDRAW);
        if (!allowed.isAllowed()) {
            throw new RuleViolationException(null, allowed.refusal());
        }
        if (at.isBefore(consent.getGivenAt())) {
            throw new RuleViolationException(
                    "date",
                    "Consent can only be withdrawn after it was given, on " + formats.dateTime(consent.getGivenAt()));
        }
        if (at.isAfter(clock.instant())) {
            throw new RuleViolationException("date", "The time it was withdrawn must be in the past");
        }
        consent.withdraw(at, user.username(), reason.trim());
        consents.flush();
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                consentId,
                "Consent to " + consent.item().label() + " withdrawn on " + formats.dateTime(at) + ": "
                        + reason.trim());
        return consent;
    }

    /** A consent, for its withdrawal form: the person's scope is checked. */
    @Transactional(readOnly = true)
    Consent consent(Long consentId, SignedInUser user) {
        Consent consent =
                consents.findById(consentId).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, consentId));
        access.checkCanView(user, consent.getPersonId());
        return consent;
    }

    /** A consent in force: what it covers and when it was given. */
    record InForce(ConsentItem item, Instant givenAt) {}

    /** Whether any consent was ever recorded for the person, and those in force, newest first. */
    record Current(boolean anyRecorded, List<InForce> inForce) {}

    /**
     * What consent is in force, for the person page's summary: one plain statement, without loading the history
     * (the consent section's own page shows that).
     */
    @Transactional(readOnly = true)
    Supplier<Current> current(Long personId, SignedInUser user, ReadBatch reads) {
        access.checkCanView(user, personId);
        record Row(long recorded, InForce inForce) {}
        Supplier<List<Row>> rows = reads.query(
                """
                        select n.recorded, c.subject, c.agency, c.given_at
                        from (select count(*) as recorded from consent where person_id = :person) n
                        left join consent c on c.person_id = :person and c.withdrawn_at is null
                        order by c.given_at desc, c.id desc
                        """,
                Map.of("person", personId),
                (rs, row) -> new Row(
                        rs.getLong("recorded"),
                        rs.getString("subject") == null
                                ? null
                                : new InForce(
                                        new ConsentItem(
                                                ConsentSubject.valueOf(rs.getString("subject")),
                                                rs.getString("agency") == null
                                                        ? null
                                                        : Agency.valueOf(rs.getString("agency"))),
                                        rs.getTimestamp("given_at").toInstant())));
        return () -> new Current(
                rows.get().get(0).recorded() > 0,
                rows.get().stream().map(Row::inForce).filter(Objects::nonNull).toList());
    }

    /** Every consent of a person, newest first, withdrawn ones too. */
    @Transactional(readOnly = true)
    List<Consent> forPerson(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return consents.findByPersonIdOrderByGivenAtDescIdDesc(personId);
    }

    /** Whether the person's current consent covers sharing with this kind of agency. */
    @Transactional(readOnly = true)
    public boolean coversSharingWith(Long personId, Agency agency, SignedInUser user) {
        access.checkCanView(user, personId);
        return isCurrent(personId, new ConsentItem(ConsentSubject.SHARING, agency));
    }

    /**
     * Whether consent to sharing with this kind of agency was in force at that time: given by then and not
     * withdrawn by then. A referral recorded after it was sent is checked against the consent of its day.
     */
    @Transactional(readOnly = true)
    public boolean coveredSharingWith(Long personId, Agency agency, Instant at, SignedInUser user) {
        access.checkCanView(user, personId);
        return consents.sharingInForceAt(personId, agency, at);
    }

    private boolean isCurrent(Long personId, ConsentItem item) {
        return item.agency() == null
                ? consents.existsByPersonIdAndSubjectAndAgencyIsNullAndWithdrawnAtIsNull(personId, item.subject())
                : consents.existsByPersonIdAndSubjectAndAgencyAndWithdrawnAtIsNull(
                        personId, item.subject(), item.agency());
    }
}
