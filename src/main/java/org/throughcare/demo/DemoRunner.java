package org.throughcare.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.throughcare.database.RunMode;

import java.util.Comparator;
import java.util.List;

/** In demo mode, runs every module's {@link DemoSeeder} in order, once the application has started. */
@Component
@Order(10)
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final RunMode runMode;
    private final DemoSettings settings;
    private final List<DemoSeeder> seeders;

    DemoRunner(RunMode runMode, DemoSettings settings, List<DemoSeeder> seeders) {
        this.runMode = runMode;
        this.settings = settings;
        this.seeders = seeders.stream()
                .sorted(Comparator.comparingInt(DemoSeeder::order))
                .toList();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!runMode.demo()) {
            return;
        }
        DemoRun run = new DemoRun(settings);
        for (DemoSeeder seeder : seeders) {
            long started = System.nanoTime();
            seeder.seed(run);
            log.debug(
                    "Demo seeder {} took {} ms",
                    seeder.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
