package org.throughcare.treatment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditChange;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.Allowed;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Treatment episodes with their interventions and exits. Every read checks the person's team scope; every change is audited in its transaction.
 */
@Service
public class TreatmentService {

    static final RecordKind EPISODE = RecordKind.of("TreatmentEpisode");
    static final String NO_PROVIDER = "Select the provider giving the treatment";

    /** An episode with its interventions, for pages. */
    record EpisodeRecord(TreatmentEpisode episode, List<Intervention> interventions, String providerName) {}

    private final TreatmentEpisodeRepository episodes;
    private final InterventionRepository interventions;
    private final ReferralDirectory referrals;
    private final PersonAccess access;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final Clock clock;

    TreatmentService(
            TreatmentEpisodeRepository episodes,
            InterventionRepository interventions,
            ReferralDirectory referrals,
            PersonAccess access,
            AuditService audit,
            EntitySnapshots snapshots,
            Clock clock) {
        this.episodes = episodes;
        this.interventions = interventions;
        this.referrals = referrals;
        this.access = access;
        this.audit = audit;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * Starts an episode at a provider, perhaps from a referral of the same person (one episode per referral);
     * the user's team records it.
     */
    @Transactional
    TreatmentEpisode start(Long personId, Long providerId, Long referralId, EpisodeDetails d, SignedInUser user) {
        access.checkCanView(user, personId);
        List<RuleViolationException> problems = new ArrayList<>();
        if (!referrals.isActiveProvider(providerId)) {
            problems.add(new RuleViolationException("providerId", NO_PROVIDER));
        }
        if (referralId != null) {
            ReferralDirectory.ReferralSummary referral = referrals.referral(referralId, user);
            if (!referral.personId().equals(personId)) {
                throw new RuleViolationException(null, "That referral is for someone else");
            }
            if (episodes.existsByReferralId(referralId)) {
                problems.add(
                        new RuleViolationException(null, "A treatment episode was already started from this referral"));
            }
        }
        problems.addAll(TreatmentRules.checkEpisode(d, today()));
        RuleViolations.throwIfAny(problems);
        TreatmentEpisode episode =
                episodes.save(new TreatmentEpisode(personId, providerId, referralId, user.teamId(), tidy(d)));
        audit.record(
                AuditAction.CREATE,
                EPISODE,
                episode.getId(),
                "Treatment episode for person " + personId + " started " + Formats.ukDate(d.startedOn())
                        + (referralId == null ? "" : " from referral " + referralId),
                snapshots.of(episode).asCreated());
        return episode;
    }

    /** Changes an open episode's setting, key worker and dates. */
    @Transactional
    TreatmentEpisode change(Long episodeId, EpisodeDetails d, SignedInUser user) {
        TreatmentEpisode episode = episode(episodeId, user);
        check(episode.allows(TreatmentEpisode.Action.CHANGE_DATES));
        RuleViolationException.checkVersion(episode.getVersion(), d.version(), "treatment episode");
        List<RuleViolationException> problems = new ArrayList<>(TreatmentRules.checkEpisode(d, today()));
        LocalDate firstIntervention = interventions.findByEpisodeIdOrderByStartedOnAscIdAsc(episodeId).stream()
                .map(Intervention::getStartedOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (d.startedOn() != null && firstIntervention != null && d.startedOn().isAfter(firstIntervention)) {
            problems.add(new RuleViolationException(
                    "startedOn",
                    "Treatment cannot start after its first intervention, on " + Formats.ukDate(firstIntervention)));
        }
        RuleViolations.throwIfAny(problems);
        EntitySnapshots.Snapshot before = snapshots.of(episode);
        episode.change(tidy(d));
        List<AuditChange> changes = before.changesTo(snapshots.of(episode));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, EPISODE, episodeId, "Treatment episode changed", changes);
        }
        return episode;
    }

    @Transactional
    Intervention addIntervention(
            Long episodeId, InterventionKind kind, LocalDate startedOn, LocalDate endedOn, SignedInUser user) {
        TreatmentEpisode episode = episode(episodeId, user);
        check(episode.allows(TreatmentEpisode.Action.ADD_INTERVENTION));
        List<RuleViolationException> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new RuleViolationException("kind", "Select the intervention"));
        }
        problems.addAll(TreatmentRules.checkIntervention(startedOn, endedOn, episode.getStartedOn(), today()));
        RuleViolations.throwIfAny(problems);
        Intervention saved = interventions.save(new Intervention(episodeId, kind, startedOn, endedOn));
        audit.record(
                AuditAction.UPDATE,
                EPISODE,
                episodeId,
                kind.label() + " started " + Formats.ukDate(startedOn)
                        + (endedOn == null ? "" : ", ended " + Formats.ukDate(endedOn)));
        return saved;
    }

    /** An intervention for its form: its person's scope is checked. */
    @Transactional(readOnly = true)
    Intervention intervention(Long interventionId, SignedInUser user) {
        Intervention intervention = interventions
                .findById(interventionId)
                .orElseThrow(() -> new RecordNotFoundException("Intervention", interventionId));
        episode(intervention.getEpisodeId(), user);
        return intervention;
    }

    @Transactional
    Intervention endIntervention(Long interventionId, LocalDate endedOn, SignedInUser user) {
        Intervention intervention = intervention(interventionId, user);
        TreatmentEpisode episode = episode(intervention.getEpisodeId(), user);
        check(episode.allows(TreatmentEpisode.Action.ADD_INTERVENTION));
        if (intervention.getEndedOn() != null) {
            throw new RuleViolationException(
                    null, "This intervention already ended on " + Formats.ukDate(intervention.getEndedOn()));
        }
        if (endedOn == null) {
            throw new RuleViolationException("on", "Enter the date the intervention ended");
        }
        List<RuleViolationException> problems = new ArrayList<>();
        DayRules.check(problems, "on", endedOn, intervention.getStartedOn(), "the intervention started", today());
        RuleViolations.throwIfAny(problems);
        intervention.end(endedOn);
        audit.record(
                AuditAction.UPDATE,
                EPISODE,
                episode.getId(),
                intervention.getKind().label() + " ended " + Formats.ukDate(endedOn));
        return intervention;
    }

    /** Ends the episode; interventions still running end the same day. */
    @Transactional
    TreatmentEpisode exit(Long episodeId, LocalDate on, ExitReason reason, long version, SignedInUser user) {
        TreatmentEpisode episode = episode(episodeId, user);
        check(episode.allows(TreatmentEpisode.Action.RECORD_EXIT));
        RuleViolationException.checkVersion(episode.getVersion(), version, "treatment episode");
        List<Intervention> its = interventions.findByEpisodeIdOrderByStartedOnAscIdAsc(episodeId);
        LocalDate last = Stream.concat(
                        Stream.of(episode.getStartedOn(), episode.getTriagedOn(), episode.getCarePlanOn()),
                        its.stream().flatMap(i -> Stream.of(i.getStartedOn(), i.getEndedOn())))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(episode.getStartedOn());
        RuleViolations.throwIfAny(TreatmentRules.checkExit(on, reason, episode.getStartedOn(), last, today()));
        its.stream().filter(i -> i.getEndedOn() == null).forEach(i -> i.end(on));
        episode.exit(on, reason, user.username());
        audit.record(
                AuditAction.UPDATE,
                EPISODE,
                episodeId,
                "Treatment episode ended " + Formats.ukDate(on) + ": "
                        + reason.label().toLowerCase(Locale.UK));
        return episode;
    }

    /** An episode for a form: scope checked, not audited as a view. */
    @Transactional(readOnly = true)
    TreatmentEpisode episode(Long episodeId, SignedInUser user) {
        TreatmentEpisode episode =
                episodes.findById(episodeId).orElseThrow(() -> new RecordNotFoundException(EPISODE, episodeId));
        access.checkCanView(user, episode.getPersonId());
        return episode;
    }

    /** An episode with its interventions for its page: scope checked and the view audited. */
    @Transactional
    EpisodeRecord view(Long episodeId, SignedInUser user) {
        TreatmentEpisode episode = episode(episodeId, user);
        audit.record(AuditAction.VIEW, EPISODE, episodeId, null);
        return new EpisodeRecord(
                episode,
                interventions.findByEpisodeIdOrderByStartedOnAscIdAsc(episodeId),
                referrals.providerNames(List.of(episode.getProviderId())).get(episode.getProviderId()));
    }

    /** A person's episodes, newest first, each with its interventions: two queries however many. */
    @Transactional(readOnly = true)
    List<EpisodeRecord> forPerson(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        List<TreatmentEpisode> found = episodes.findByPersonIdOrderByStartedOnDescIdDesc(personId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Intervention>> byEpisode = interventions.findForPerson(personId).stream()
                .collect(Collectors.groupingBy(Intervention::getEpisodeId));
        Map<Long, String> names = referrals.providerNames(
                found.stream().map(TreatmentEpisode::getProviderId).collect(Collectors.toSet()));
        return found.stream()
                .map(e -> new EpisodeRecord(
                        e, byEpisode.getOrDefault(e.getId(), List.of()), names.get(e.getProviderId())))
                .toList();
    }

    @Transactional(readOnly = true)
    Page<TreatmentEpisode> openEpisodes(SignedInUser user, int page, int size) {
        return episodes.findOpen(user.teamId(), PageRequest.of(page, size));
    }

    private static void check(Allowed allowed) {
        if (!allowed.isAllowed()) {
            throw new RuleViolationException(null, allowed.refusal());
        }
    }

    private static EpisodeDetails tidy(EpisodeDetails d) {
        return new EpisodeDetails(
                d.setting(), d.keyWorker().trim(), d.startedOn(), d.triagedOn(), d.carePlanOn(), d.version());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
