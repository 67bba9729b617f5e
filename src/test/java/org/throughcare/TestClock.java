package org.throughcare;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.throughcare.common.UkTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The clock of the integration tests: noon (UK) on Wednesday 17 June 2026, in summer time, so "today" and
 * UK time are tested away from midnight and from UTC.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-06-17T11:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 17);

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, UkTime.ZONE);
    }
}
