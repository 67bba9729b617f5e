package org.throughcare.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.function.Supplier;

/**
 * Keeps the dashboards' summaries ({@code dashboard_custody_day}, {@code dashboard_compliance_day},
 * {@code dashboard_order_day}, {@code dashboard_pathway_test}, ...: migrations V42 to V49) current: refreshed when the
 * application is ready (after the demo data) and then every {@code throughcare.dashboard.summary-refresh} (5 minutes by default). The figures read from them are as at the last
 * refresh and the page says when that was; the lists behind the figures are live, except the pathway's, which read the
 * same summary so that a list shows exactly the people its figure counted.
 */
@Component
public class DashboardSummaries {

    private static final Logger log = LoggerFactory.getLogger(DashboardSummaries.class);

    private final JdbcTemplate jdbc;
    private final AtomicReference<Instant> refreshedAt = new AtomicReference<>();

    /**
     * Figures counted from the summaries, by what was asked (a dashboard's part and its filter), kept until the next
     * recount: they cannot change before it. The pathway's cohort (each person once, from their first positive test in
     * the period) cannot be summed from day rows, so at national scale counting it takes about a second; a manager's
     * dashboard asked again, or by a colleague with the same filter, is then answered from here. Bounded, and dropped
     * at each recount.
     */
    private final Cache<Object, Object> counted =
            Caffeine.newBuilder().maximumSize(1_000).build();

    DashboardSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures for {@code key} as counted since the last recount, or counted now by {@code count}. One caller counts
     * a key at a time; others asking for it meanwhile wait for that count rather than start their own.
     */
    @SuppressWarnings("unchecked")
    <T> T counted(Object key, Supplier<T> count) {
        return (T) counted.get(key, k -> count.get());
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
        counted.invalidateAll();
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
