package org.throughcare.person;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Person settings ({@code throughcare.person.*}): a date of birth must give an age in the range today (10 is the
 * age of criminal responsibility); on the timeline, an arrest or assessment counts towards a referral's pathway
 * when it came at most {@code pathwayWindow} before the referral.
 */
@ConfigurationProperties("throughcare.person")
record PersonProperties(Integer minimumAge, Integer maximumAge, Duration pathwayWindow) {

    public PersonProperties {
        minimumAge = minimumAge == null ? 10 : minimumAge;
        maximumAge = maximumAge == null ? 110 : maximumAge;
        pathwayWindow = pathwayWindow == null ? Duration.ofDays(90) : pathwayWindow;
    }
}
