package org.throughcare.person;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** A date of birth must give an age in this range today (10 is the age of criminal responsibility). */
@ConfigurationProperties("throughcare.person")
record PersonProperties(Integer minimumAge, Integer maximumAge) {

    public PersonProperties {
        minimumAge = minimumAge == null ? 10 : minimumAge;
        maximumAge = maximumAge == null ? 110 : maximumAge;
    }
}
