package org.throughcare.order;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * Order settings ({@code throughcare.order.*}): how often court reviews are scheduled (monthly by default; the law
 * sets at least a month apart), and the treatment-and-testing period above which reviews are mandatory (12 months).
 */
@ConfigurationProperties("throughcare.order")
record OrderProperties(Period reviewInterval, Integer reviewsMandatoryAboveMonths) {

    OrderProperties {
        reviewInterval = reviewInterval == null ? Period.ofMonths(1) : reviewInterval;
        reviewsMandatoryAboveMonths = reviewsMandatoryAboveMonths == null ? 12 : reviewsMandatoryAboveMonths;
    }

    static OrderProperties defaults() {
        return new OrderProperties(null, null);
    }

    boolean reviewsMandatory(Integer periodMonths) {
        return periodMonths != null && periodMonths > reviewsMandatoryAboveMonths;
    }
}
