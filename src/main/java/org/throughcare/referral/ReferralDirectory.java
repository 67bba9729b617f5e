package org.throughcare.referral;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.common.NamesById;
import org.throughcare.user.SignedInUser;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What other modules may know of providers and referrals (the treatment module names the provider of an episode
 * and the referral it came from): read-only summaries, scope-checked where they concern a person.
 */
@Component
public class ReferralDirectory {

    /** A provider as a form offers it. */
    public record ProviderSummary(Long id, String name, ServiceKind service) {}

    /** A referral as another module refers to it; {@code endedAt} is when it completed or closed, or null. */
    public record ReferralSummary(
            Long id,
            Long personId,
            Long providerId,
            String providerName,
            Instant sentAt,
            Instant engagedAt,
            ReferralStatus status,
            Instant endedAt) {}

    private final ProviderRepository providers;
    private final ReferralService referrals;
    private final JdbcClient jdbc;

    ReferralDirectory(ProviderRepository providers, ReferralService referrals, JdbcClient jdbc) {
        this.providers = providers;
        this.referrals = referrals;
        this.jdbc = jdbc;
    }

    /** Active providers, by name. */
    @Transactional(readOnly = true)
    public List<ProviderSummary> activeProviders() {
        return providers.findByActiveTrueOrderByNameAsc().stream()
                .map(p -> new ProviderSummary(p.getId(), p.getName(), p.getService()))
                .toList();
    }

    /** Whether the provider exists and is active. */
    @Transactional(readOnly = true)
    public boolean isActiveProvider(Long providerId) {
        return providerId != null
                && providers.findById(providerId).map(Provider::isActive).orElse(false);
    }

    /** The names of these providers, by id, retired ones too. */
    @Transactional(readOnly = true)
    public Map<Long, String> providerNames(Collection<Long> ids) {
        return NamesById.of(jdbc, "provider", ids);
    }

    /** Referrals to the user's team on which the person engaged (attended a first appointment), oldest first. */
    @Transactional(readOnly = true)
    public List<ReferralSummary> engagedReferralsToMyTeam(SignedInUser user) {
        return referrals.engagedTo(user).stream()
                .map(ReferralDirectory::summary)
                .toList();
    }

    /** A person's referrals, newest first (scope checked). */
    @Transactional(readOnly = true)
    public List<ReferralSummary> referralsOf(Long personId, SignedInUser user) {
        return referrals.forPerson(personId, user).stream()
                .map(ReferralDirectory::summary)
                .toList();
    }

    /** A referral the user may see (its person's scope is checked). */
    @Transactional(readOnly = true)
    public ReferralSummary referral(Long referralId, SignedInUser user) {
        return summary(referrals.referral(referralId, user));
    }

    private static ReferralSummary summary(Referral r) {
        return new ReferralSummary(
                r.getId(),
                r.getPersonId(),
                r.getProvider().getId(),
                r.getProvider().getName(),
                r.getSentAt(),
                r.getEngagedAt(),
                r.status(),
                r.getCompletedAt() != null ? r.getCompletedAt() : r.getClosedAt());
    }
}
