package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.UkTime;
import org.throughcare.person.CaseOpenedFor;
import org.throughcare.person.CaseService;
import org.throughcare.person.PersonAccess;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Sending referrals and recording their steps. A referral shares the person's information with an agency, so
 * it is refused unless their current consent covers that kind of agency or the worker records a lawful basis
 * and why. Every read checks the team scope; every change and every view of a referral is audited in its
 * transaction.
 */
@Service
public class ReferralService {

    static final RecordKind RECORD_KIND = RecordKind.of("Referral");

    /** How a list may be sorted: by when sent (oldest first, the default, or newest first), or urgent first. */
    enum ListOrder {
        OLDEST("Oldest first", Sort.by("sentAt", "id")),
        NEWEST("Newest first", Sort.by(Sort.Order.desc("sentAt"), Sort.Order.desc("id"))),
        URGENT("Urgent first", Sort.by(Sort.Order.desc("urgency"), Sort.Order.asc("sentAt"), Sort.Order.asc("id")));

        private final String label;
        private final Sort sort;

        ListOrder(String label, Sort sort) {
            this.label = label;
            this.sort = sort;
        }

        String label() {
            return label;
        }

        static ListOrder of(String value) {
            for (ListOrder order : values()) {
                if (order.name().equalsIgnoreCase(value)) {
                    return order;
                }
            }
            return OLDEST;
        }
    }

    private final ReferralRepository referrals;
    private final LiaisonScreeningRepository screenings;
    private final ProviderRepository providers;
    private final ConsentService consents;
    private final PersonAccess access;
    private final PersonLookup people;
    private final CaseService cases;
    private final AuditService audit;
    private final ReferralProperties properties;
    private final Formats formats;
    private final Clock clock;

    ReferralService(
            ReferralRepository referrals,
            LiaisonScreeningRepository screenings,
            ProviderRepository providers,
            ConsentService consents,
            PersonAccess access,
            PersonLookup people,
            CaseService cases,
            AuditService audit,
            ReferralProperties properties,
            Formats formats,
            Clock clock) {
        this.referrals = referrals;
        this.screenings = screenings;
        this.providers = providers;
        this.consents = consents;
        this.access = access;
        this.people = people;
        this.cases = cases;
        this.audit = audit;
        this.properties = properties;
        this.formats = formats;
        this.clock = clock;
    }

    /** Sends a referral: every rule is checked before anything is saved, and all problems are reported together. */
    @Transactional
    Referral send(NewReferral r, SignedInUser user) {
        access.checkCanView(user, r.personId());
        List<RuleViolationException> problems = new ArrayList<>();
        Provider provider = r.providerId() == null
                ? null
                : providers.findById(r.providerId()).filter(Provider::isActive).orElse(null);
        if (provider == null) {
            problems.add(new RuleViolationException("providerId", "Select who the referral is to"));
        }
        if (r.fromStage() == null) {
            problems.add(new RuleViolationException("fromStage", "Select where the need was found"));
        }
        if (r.urgency() == null) {
            problems.add(new RuleViolationException("urgency", "Select how urgent the referral is"));
        }
        if (r.reason() == null || r.reason().isBlank()) {
            problems.add(new RuleViolationException("reason", "Enter why the person is referred"));
        }
        if (r.sentAt() != null && r.sentAt().isAfter(clock.instant())) {
            problems.add(new RuleViolationException("date", "The date the referral was sent must be in the past"));
        }
        if (provider != null && r.sentAt() != null) {
            checkAge(r.personId(), provider.getService(), r.sentAt(), user, problems);
        }
        String basisReason =
                r.lawfulBasisReason() == null || r.lawfulBasisReason().isBlank()
                        ? null
                        : r.lawfulBasisReason().trim();
        if (r.lawfulBasis() != null && basisReason == null) {
            problems.add(new RuleViolationException(
                    "lawfulBasisReason", "Enter why information is shared without the person's consent"));
        }
        if (provider != null
                && r.sentAt() != null
                && r.lawfulBasis() == null
                && !consents.coveredSharingWith(
                        r.personId(), provider.getService().agency(), r.sentAt(), user)) {
            problems.add(new RuleViolationException(
                    "lawfulBasis",
                    "The person had no consent to sharing information with "
                            + provider.getService().agency().label() + " in force when the referral was sent"
                            + ". Record their consent first, or select the lawful basis for sharing without it"));
        }
        if (r.screeningId() != null) {
            LiaisonScreening screening = screenings.findById(r.screeningId()).orElse(null);
            if (screening == null || !screening.getPersonId().equals(r.personId())) {
                throw new RuleViolationException(null, "That screening is not this person's");
            }
            if (!screening.allows(LiaisonScreening.Action.REFER).isAllowed()) {
                problems.add(new RuleViolationException(
                        null, screening.allows(LiaisonScreening.Action.REFER).refusal()));
            }
        }
        RuleViolations.throwIfAny(problems);
        Referral referral = referrals.save(new Referral(
                r.personId(),
                r.fromStage(),
                provider,
                r.reason().trim(),
                r.urgency(),
                user.teamId(),
                r.lawfulBasis(),
                r.lawfulBasis() == null ? null : basisReason,
                r.screeningId(),
                r.sentAt(),
                user.username()));
        if (referral.getToTeamId() != null && !referral.getToTeamId().equals(user.teamId())) {
            // The receiving team needs the person in its scope to answer the referral.
            cases.openForTeam(r.personId(), referral.getToTeamId(), CaseOpenedFor.TREATMENT_REFERRAL);
        }
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                referral.getId(),
                "Referral of person " + r.personId() + " to " + provider.getName() + " ("
                        + provider.getService().label() + ") from "
                        + r.fromStage().label()
                        + ", " + r.urgency().label().toLowerCase(Locale.UK) + ", sent "
                        + formats.dateTime(r.sentAt())
                        + (r.lawfulBasis() == null
                                ? ", on the person's consent"
                                : ", shared without consent on the lawful basis: "
                                        + r.lawfulBasis().label() + ": " + basisReason));
        return referral;
    }

    // An under-18 goes to the youth offending team or young people's service, and only an under-18 does.
    private void checkAge(
            Long personId,
            ServiceKind service,
            Instant sentAt,
            SignedInUser user,
            List<RuleViolationException> problems) {
        LocalDate born = people.dateOfBirth(personId, user);
        int age = Period.between(born, LocalDate.ofInstant(sentAt, UkTime.ZONE)).getYears();
        boolean child = age < properties.adultAge();
        if (child && service != ServiceKind.YOUTH_OFFENDING) {
            problems.add(new RuleViolationException(
                    "providerId",
                    "The person was " + age + " when referred: refer them to the youth offending team or young "
                            + "people's service"));
        } else if (!child && service == ServiceKind.YOUTH_OFFENDING) {
            problems.add(new RuleViolationException(
                    "providerId",
                    "The person was " + age + " when referred: the youth offending team takes under-"
                            + properties.adultAge() + "s only"));
        }
    }

    /**
     * Records a step: it must follow the status (the lifecycle table), not go back in time nor into the future,
     * and be recorded by its side: the receiving team, or the referrer when the provider has no team here.
     */
    @Transactional
    Referral record(Long referralId, ReferralStep step, Instant at, String why, long version, SignedInUser user) {
        Referral referral = referral(referralId, user);
        RuleViolationException.checkVersion(referral.getVersion(), version, "referral");
        checkSide(referral, step, user);
        String reason = why == null || why.isBlank() ? null : why.trim();
        List<RuleViolationException> problems = new ArrayList<>();
        for (String problem : ReferralLifecycle.check(
                referral, step, at, clock.instant(), properties.retainedAfter(), formats::dateTime)) {
            problems.add(new RuleViolationException("date", problem));
        }
        if (step.closes() && reason == null) {
            problems.add(new RuleViolationException("reason", "Enter why"));
        }
        RuleViolations.throwIfAny(problems);
        referral.record(step, at, user.username(), reason);
        referrals.flush();
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                referralId,
                "Referral to " + referral.getProvider().getName() + ": "
                        + step.label().toLowerCase(Locale.UK) + " on " + formats.dateTime(at)
                        + (reason == null ? "" : ": " + reason));
        return referral;
    }

    /** Whether this user may record the step on this referral; the referral page offers only those. */
    boolean canRecord(Referral referral, ReferralStep step, SignedInUser user) {
        if (!user.role().worker()) {
            return false;
        }
        boolean referrer = Objects.equals(referral.getFromTeamId(), user.teamId());
        boolean receiver = Objects.equals(referral.getToTeamId(), user.teamId());
        if (step.side() == ReferralStep.Side.REFERRER) {
            return referrer;
        }
        return referral.getToTeamId() == null ? referrer : receiver;
    }

    private void checkSide(Referral referral, ReferralStep step, SignedInUser user) {
        if (!canRecord(referral, step, user)) {
            throw new AccessDeniedException(
                    user.username() + " may not record " + step + " on referral " + referral.getId());
        }
    }

    /** A referral for a form: the person's scope is checked; not audited as a view. */
    @Transactional(readOnly = true)
    Referral referral(Long referralId, SignedInUser user) {
        Referral referral = referrals
                .findWithProvider(referralId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, referralId));
        access.checkCanView(user, referral.getPersonId());
        return referral;
    }

    /** A referral for its page: scope checked and the view audited, in one transaction. */
    @Transactional
    Referral view(Long referralId, SignedInUser user) {
        Referral referral = referral(referralId, user);
        audit.record(AuditAction.VIEW, RECORD_KIND, referralId, null);
        return referral;
    }

    /** Every referral of a person, newest first. */
    @Transactional(readOnly = true)
    List<Referral> forPerson(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return referrals.findForPerson(personId);
    }

    @Transactional(readOnly = true)
    Page<Referral> outgoingAwaiting(SignedInUser user, int page, int size, ListOrder order) {
        return referrals.findOutgoingAwaiting(user.teamId(), PageRequest.of(page, size, order.sort));
    }

    @Transactional(readOnly = true)
    Page<Referral> incomingAwaiting(SignedInUser user, int page, int size, ListOrder order) {
        return referrals.findIncomingAwaiting(user.teamId(), PageRequest.of(page, size, order.sort));
    }

    @Transactional(readOnly = true)
    Page<Referral> incomingInProgress(SignedInUser user, int page, int size, ListOrder order) {
        return referrals.findIncomingInProgress(user.teamId(), PageRequest.of(page, size, order.sort));
    }

    /** Referrals to the user's team on which the person engaged. */
    @Transactional(readOnly = true)
    List<Referral> engagedTo(SignedInUser user) {
        return referrals.findEngagedTo(user.teamId());
    }

    /** Active providers, for the referral form. */
    @Transactional(readOnly = true)
    List<Provider> activeProviders() {
        return providers.findByActiveTrueOrderByNameAsc();
    }
}
