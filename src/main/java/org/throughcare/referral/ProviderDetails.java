package org.throughcare.referral;

/**
 * What an administrator enters for a provider; {@code teamId} is the Throughcare team that works its referrals (or
 * null), {@code version} the one the form was opened at.
 */
record ProviderDetails(
        String name,
        ServiceKind service,
        String phone,
        String email,
        String address,
        Long teamId,
        boolean active,
        long version) {}
