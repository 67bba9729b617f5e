package org.throughcare.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Sign-in rules: how many wrong passwords from one client address lock a username there (and how many
 * lock the address for every username), for how long, and the shortest password an administrator may set.
 */
@ConfigurationProperties("throughcare.security")
record SecurityProperties(
        Integer maxFailedSignIns,
        Integer maxFailedSignInsPerAddress,
        Duration lockDuration,
        Integer passwordMinLength) {

    public SecurityProperties {
        maxFailedSignIns = maxFailedSignIns == null ? 5 : maxFailedSignIns;
        maxFailedSignInsPerAddress = maxFailedSignInsPerAddress == null ? 30 : maxFailedSignInsPerAddress;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        passwordMinLength = passwordMinLength == null ? 12 : passwordMinLength;
    }
}
