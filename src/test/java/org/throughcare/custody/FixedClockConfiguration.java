package org.throughcare.custody;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;

/** The clock of the custody tests: noon (UK) on Wednesday 17 June 2026. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(CustodyTestSupport.NOW, CustodyTestSupport.UK);
    }
}
