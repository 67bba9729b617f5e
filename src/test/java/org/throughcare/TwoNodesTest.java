package org.throughcare;

import org.junit.jupiter.api.Test;
import org.throughcare.user.Role;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughcare runs as stateless nodes on one PostgreSQL: two instances share the database, a user signs in on
 * one and carries on on the other, as behind a load balancer without sticky sessions.
 */
class TwoNodesTest {

    @Test
    void aUserSignedInOnOneNodeCarriesOnOnTheOther() throws Exception {
        TestDatabase.Server database = TestDatabase.server();
        try (ApplicationNode first = ApplicationNode.start(database);
                ApplicationNode second = ApplicationNode.start(database)) {
            assertThat(first.url()).isNotEqualTo(second.url());
            String worker = first.createUser(Fixtures.unique("two-nodes"), Role.PROBATION_OFFICER);
            HttpBrowser browser = new HttpBrowser();

            HttpResponse<String> signedIn = browser.signIn(first.url(), worker, ApplicationNode.PASSWORD);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

            HttpResponse<String> onSecond = browser.get(second.url() + "/people");
            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(onSecond.body()).contains("Node Probation officer");

            HttpResponse<String> backOnFirst = browser.get(first.url() + "/caseload");
            assertThat(backOnFirst.statusCode()).isEqualTo(200);
        }
    }
}
