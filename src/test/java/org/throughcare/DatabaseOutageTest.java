package org.throughcare;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughcare.database.EmbeddedPostgresServer;
import org.throughcare.user.Role;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away and comes back. Readiness says DOWN within seconds, pages answer quickly with the
 * service-unavailable page instead of hanging and failing, and when the database returns the application
 * carries on by itself, with the user still signed in (their session was in the database all along).
 */
class DatabaseOutageTest {

    @TempDir
    Path data;

    EmbeddedPostgresServer database;
    ApplicationNode node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void readinessAndPagesTellTheTruthDuringAnOutageAndTheApplicationRecovers() throws Exception {
        database = EmbeddedPostgresServer.start(data, 0, "outage", false);
        int databasePort = database.port();
        node = ApplicationNode.start(new TestDatabase.Server(
                database.jdbcUrl(), database.ownerCredentials(), database.applicationCredentials()));
        String worker = node.createUser("outage-worker", Role.CUSTODY_WORKER);
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(node.url(), worker, ApplicationNode.PASSWORD);
        assertThat(browser.get(node.url() + "/people").statusCode()).isEqualTo(200);
        assertThat(readiness()).isEqualTo(200);

        database.close();
        database = null;
        long stopped = System.nanoTime();

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> readiness() == 503);
        long readinessDownMillis = (System.nanoTime() - stopped) / 1_000_000;

        long start = System.nanoTime();
        HttpResponse<String> page = browser.get(node.url() + "/people");
        long pageMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body()).contains("Sorry, the service is unavailable").doesNotContain("Exception");
        assertThat(pageMillis).as("the page fails fast (ms)").isLessThan(8_000);
        assertThat(new HttpBrowser()
                        .get(node.url() + "/actuator/health/liveness")
                        .statusCode())
                .as("still alive: a restart would not bring the database back")
                .isEqualTo(200);

        database = EmbeddedPostgresServer.start(data, databasePort, "outage", false);

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> readiness() == 200);
        HttpResponse<String> back = browser.get(node.url() + "/people");
        assertThat(back.statusCode()).as("still signed in after the outage").isEqualTo(200);
        assertThat(back.body()).contains("Find a person");
        System.out.printf(
                "Outage: readiness DOWN after %d ms, a page answered 503 in %d ms%n", readinessDownMillis, pageMillis);
    }

    /** As a load balancer's probe asks: without cookies. */
    private int readiness() throws Exception {
        return new HttpBrowser().get(node.url() + "/actuator/health/readiness").statusCode();
    }
}
