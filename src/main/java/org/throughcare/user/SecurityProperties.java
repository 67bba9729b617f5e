package org.throughcare.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Sign-in rules: how many wrong passwords lock an account and for how long, and the shortest
 * password an administrator may set.
 */
@ConfigurationProperties("throughcare.security")
public record SecurityProperties(Integer maxFailedSignIns, Duration lockDuration, Integer passwordMinLength) {

    public SecurityProperties {
        maxFailedSignIns = maxFailedSignIns == null ? 5 : maxFailedSignIns;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        passwordMinLength = passwordMinLength == null ? 12 : passwordMinLength;
    }
}
