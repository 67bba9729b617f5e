package org.throughcare.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Referral settings ({@code throughcare.referral.*}): how long after the first appointment attended a person
 * counts as retained (12 weeks, the national measure), and the age under which a referral goes to the youth
 * offending team or young people's service.
 */
@ConfigurationProperties("throughcare.referral")
record ReferralProperties(Duration retainedAfter, Integer adultAge) {

    ReferralProperties {
        retainedAfter = retainedAfter == null ? Duration.ofDays(84) : retainedAfter;
        adultAge = adultAge == null ? 18 : adultAge;
    }

    static ReferralProperties defaults() {
        return new ReferralProperties(null, null);
    }
}
