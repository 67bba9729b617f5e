package org.throughcare.compliance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.common.RuleViolationException;
import org.throughcare.demo.DemoRun;
import org.throughcare.demo.DemoSeeder;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo data: about four in five of the demo probation team's open orders (read from {@code order_overview}) get the
 * checklist made at their start, with one to three barriers present, and about a third of those a second revision
 * after a failure or at a review. Through the checklist service, as the demo probation officer; the same seed gives
 * the same checklists.
 */
@Component
class ChecklistDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(ChecklistDemoSeeder.class);

    /** For each barrier, a detail, a strategy and its owner as an officer might write them. */
    private static final Map<Barrier, String[]> EXAMPLES = new EnumMap<>(Barrier.class);

    static {
        EXAMPLES.put(Barrier.SCHEDULING, new String[] {
            "Forgets appointments booked weeks ahead",
            "Text reminder the day before; same weekday and time each week",
            "Officer"
        });
        EXAMPLES.put(
                Barrier.FAMILY_COMMITMENTS,
                new String[] {"Cares for a parent on weekday mornings", "Appointments after 1pm", "Officer"});
        EXAMPLES.put(Barrier.MEDICAL, new String[] {
            "Hospital outpatient appointments for a leg injury",
            "Bring appointment letters; rearrange in advance when they clash",
            "Person"
        });
        EXAMPLES.put(Barrier.CHILDCARE, new String[] {
            "Sole carer of a child at primary school", "Appointments in school hours, 10am to 2pm", "Officer"
        });
        EXAMPLES.put(Barrier.TRAVEL, new String[] {
            "Two buses to the office; cannot afford the fare",
            "Bus fares refunded at each appointment; reporting at the nearer office",
            "Officer"
        });
        EXAMPLES.put(Barrier.HOUSING, new String[] {
            "Sofa-surfing, no settled address",
            "Referral to the housing options team; letters held at the office",
            "Housing support worker"
        });
        EXAMPLES.put(Barrier.WORK_OR_TRAINING_HOURS, new String[] {
            "Agency shifts that change week to week",
            "Person sends the rota each Friday; appointments around it",
            "Person"
        });
        EXAMPLES.put(Barrier.LITERACY_OR_LANGUAGE, new String[] {
            "Finds letters hard to read", "Appointments confirmed by phone call as well as letter", "Officer"
        });
        EXAMPLES.put(Barrier.MENTAL_HEALTH, new String[] {
            "Anxiety in busy waiting rooms",
            "First appointment of the day; wait in the quiet room",
            "Mental health practitioner"
        });
        EXAMPLES.put(Barrier.PHONE_OR_DIGITAL_ACCESS, new String[] {
            "Phone often out of credit", "Office landline number given; reminders also by letter", "Officer"
        });
    }

    private final ChecklistService checklists;
    private final UserDirectory directory;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ChecklistDemoSeeder(
            ChecklistService checklists,
            UserDirectory directory,
            NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.checklists = checklists;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 66;
    }

    @Override
    public void seed(DemoRun run) {
        if (run.people().isEmpty()) {
            return;
        }
        SignedInUser officer =
                directory.signedInUser(DemoUsernames.of(Role.PROBATION_OFFICER)).orElse(null);
        if (officer == null
                || Boolean.TRUE.equals(jdbc.getJdbcTemplate()
                        .queryForObject("select exists (select 1 from compliance_checklist)", Boolean.class))) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            List<Long[]> orders = new ArrayList<>();
            jdbc.query(
                    "select order_id, starts_on from order_overview where team_id = :team and ended_on is null"
                            + " order by order_id",
                    new MapSqlParameterSource("team", officer.teamId()),
                    row -> {
                        orders.add(new Long[] {
                            row.getLong("order_id"),
                            row.getDate("starts_on").toLocalDate().toEpochDay()
                        });
                    });
            for (Long[] order : orders) {
                Random random = run.random("checklist", order[0]);
                if (random.nextInt(5) == 0) {
                    continue;
                }
                try {
                    transaction.executeWithoutResult(
                            status -> seed(order[0], LocalDate.ofEpochDay(order[1]), random, officer));
                } catch (RuleViolationException | org.springframework.security.access.AccessDeniedException skipped) {
                    log.debug("No demo checklist for order {}: {}", order[0], skipped.getMessage());
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void seed(Long orderId, LocalDate startsOn, Random random, SignedInUser officer) {
        LocalDate today = LocalDate.now(clock);
        List<Barrier> present = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (present.size() < count) {
            Barrier barrier = Barrier.values()[random.nextInt(Barrier.values().length)];
            if (!present.contains(barrier)) {
                present.add(barrier);
            }
        }
        LocalDate agreedOn = startsOn.plusDays(random.nextInt(5));
        checklists.record(
                orderId,
                answers(ChecklistReason.START, present, today, random, agreedOn.isAfter(today) ? today : agreedOn),
                officer);
        if (random.nextInt(3) == 0) {
            Barrier added = Barrier.values()[random.nextInt(Barrier.values().length)];
            if (!present.contains(added)) {
                present.add(added);
            }
            checklists.record(
                    orderId,
                    answers(
                            random.nextBoolean() ? ChecklistReason.AFTER_FAILURE : ChecklistReason.REVIEW,
                            present,
                            today,
                            random,
                            random.nextInt(4) == 0 ? null : today),
                    officer);
        }
    }

    private static ChecklistAnswers answers(
            ChecklistReason reason, List<Barrier> present, LocalDate today, Random random, LocalDate agreedOn) {
        List<ChecklistAnswers.BarrierAnswer> barriers = new ArrayList<>();
        for (Barrier barrier : Barrier.values()) {
            if (present.contains(barrier)) {
                String[] example = EXAMPLES.get(barrier);
                barriers.add(ChecklistAnswers.BarrierAnswer.present(
                        barrier, example[0], example[1], example[2], today.plusWeeks(2 + random.nextInt(6))));
            } else {
                barriers.add(ChecklistAnswers.BarrierAnswer.absent(barrier));
            }
        }
        return new ChecklistAnswers(reason, barriers, agreedOn != null, agreedOn);
    }
}
