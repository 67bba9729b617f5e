package org.throughcare.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much synthetic data demo mode creates: a small number of people by default so the app starts in
 * seconds; benchmarks set {@code THROUGHCARE_DEMO_PEOPLE=250000}.
 */
@ConfigurationProperties("throughcare.demo")
record DemoSettings(Integer people, Long seed) {

    DemoSettings {
        people = people == null ? 200 : people;
        seed = seed == null ? 20261127L : seed;
    }
}
