package org.throughcare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ThroughcareApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThroughcareApplication.class, args);
    }

    /** One clock for every rule that depends on "now", so tests can fix the date. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
