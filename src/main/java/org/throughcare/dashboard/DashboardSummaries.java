package org.throughcare.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the dashboards' day summaries ({@code dashboard_custody_day}, {@code dashboard_compliance_day},
 * {@code dashboard_order_day}, {@code dashboard_pathway_test}, ...: migrations V42 to V47) current: refreshed when the application is ready (after the demo data) and then every
 * {@code throughcare.dashboard.summary-refresh} (5 minutes by default). The figures read from them are as at the last
 * refresh and the page says when that was; the lists behind the figures are live, except the pathway's, which read the
 * same summary so that a list shows exactly the people its figure counted.
 */
@Component
public class DashboardSummaries {

    private static final Logger log = LoggerFactory.getLogger(DashboardSummaries.class);

    private final JdbcTemplate jdbc;
    private final AtomicReference<Instant> refreshedAt = new AtomicReference<>();

    DashboardSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refreshWhenReady() {
        refresh();
    }

    @Scheduled(
            fixedDelayString = "${throughcare.dashboard.summary-refresh:PT5M}",
            initialDelayString = "${throughcare.dashboard.summary-refresh:PT5M}")
    void refreshOnSchedule() {
        refresh();
    }

    /** Recounts the summaries from the reporting views now; public for the tests and benchmarks that add rows. */
    public synchronized void refresh() {
        long started = System.nanoTime();
        jdbc.execute("select refresh_dashboard_summaries()");
        // The real time, not the application's clock: it says how fresh the figures are.
        refreshedAt.set(Instant.now());
        log.debug(
                "Dashboard summaries refreshed in {} ms",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** When the summaries were last recounted; null before the first refresh since start-up. */
    Instant refreshedAt() {
        return refreshedAt.get();
    }
}
