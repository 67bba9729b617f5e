package org.throughcare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.throughcare.common.UkTime;

import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ThroughcareApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThroughcareApplication.class, args);
    }

    /**
     * One clock, in UK time, for everything that depends on "now" or "today", so that today is the UK's
     * today whatever zone the server runs in, and tests can fix the date.
     */
    @Bean
    Clock clock() {
        return Clock.system(UkTime.ZONE);
    }
}
