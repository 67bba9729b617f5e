package org.throughcare.compliance;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.demo.DemoRun;
import org.throughcare.demo.DemoSettings;
import org.throughcare.order.OrderFixtures;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo seeder gives a team's orders a history through the services, and seeds each order once. */
@IntegrationTest
@Import(OrderFixtures.class)
class ComplianceDemoSeederTest {

    @Autowired
    ComplianceDemoSeeder seeder;

    @Autowired
    Fixtures data;

    @Autowired
    OrderFixtures orderData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedsAMixOfOutcomesTestsAndEnforcementOnce() throws Exception {
        SignedInUser officer = data.user(Role.PROBATION_OFFICER, "Leeds");
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            orders.add(orderData.drrOrder(
                    data.person(officer).getId(), TestClock.TODAY.minusMonths(5).plusDays(i), officer));
        }
        Constructor<DemoRun> constructor = DemoRun.class.getDeclaredConstructor(DemoSettings.class);
        constructor.setAccessible(true);
        DemoRun run = constructor.newInstance(new DemoSettings(10, 42L, false));

        seeder.seedTeam(officer, run);

        Long[] ids = orders.toArray(Long[]::new);
        String in = "order_id = any(?)";
        assertThat(count("select count(distinct order_id) from appointment where " + in, ids))
                .isEqualTo(8);
        assertThat(count("select count(distinct outcome) from appointment where " + in, ids))
                .isGreaterThanOrEqualTo(4);
        assertThat(count(
                        "select count(*) from appointment where outcome is null and starts_at > timestamptz '2026-06-17 11:00:00Z' and "
                                + in,
                        ids))
                .isPositive();
        assertThat(count("select count(*) from order_drug_test where " + in, ids))
                .isPositive();
        assertThat(count("select count(*) from enforcement_action where " + in, ids))
                .isPositive();
        int appointments = count("select count(*) from appointment where " + in, ids);

        seeder.seedTeam(officer, run);

        assertThat(count("select count(*) from appointment where " + in, ids)).isEqualTo(appointments);
    }

    private int count(String sql, Long[] ids) {
        return jdbc.queryForObject(sql, Integer.class, (Object) ids);
    }
}
