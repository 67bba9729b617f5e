package org.throughcare.referral;

/** What an administrator enters for a provider; {@code version} is the one the form was opened at. */
record ProviderDetails(
        String name, ServiceKind service, String phone, String email, String address, boolean active, long version) {}
