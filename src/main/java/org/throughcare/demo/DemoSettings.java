package org.throughcare.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much synthetic data demo mode creates: a small number of people by default so the app starts in
 * seconds; benchmarks set {@code THROUGHCARE_DEMO_PEOPLE=250000}. {@code custody-history=false} records
 * the people alone, which is what the person search benchmark needs.
 */
@ConfigurationProperties("throughcare.demo")
public record DemoSettings(Integer people, Long seed, Boolean custodyHistory) {

    public DemoSettings {
        people = people == null ? 200 : people;
        seed = seed == null ? 20261127L : seed;
        custodyHistory = custodyHistory == null || custodyHistory;
    }
}
