package org.throughcare.compliance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.common.UkTime;
import org.throughcare.demo.DemoRun;
import org.throughcare.demo.DemoSeeder;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo data: for each active demo order of the demo probation team (found through {@code order_overview}, after the
 * order module's seeder, order 60), fortnightly appointments over the last months with a mix of outcomes, warnings
 * and breach action after failures as the enforcement rule allows (some breaches still in progress), drug tests,
 * appointments to come, and on some orders an outcome left overdue. All through the compliance services, as the demo
 * probation officer; orders that already have appointments are left alone, so a kept database is seeded once.
 */
@Component
class ComplianceDemoSeeder implements DemoSeeder {

    private static final List<String> PLACES =
            List.of("Leeds Probation Office, Albion Street", "Northgate Recovery Hub", "Bradford Probation Office");
    private static final List<String> OFFICERS = List.of("Probation officer", "Drug worker", "Testing clinic");

    private record DemoOrder(Long orderId, LocalDate startsOn, LocalDate endsOn) {}

    private final Appointments appointments;
    private final DrugTests tests;
    private final Enforcement enforcement;
    private final UserDirectory directory;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComplianceDemoSeeder(
            Appointments appointments,
            DrugTests tests,
            Enforcement enforcement,
            UserDirectory directory,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.appointments = appointments;
        this.tests = tests;
        this.enforcement = enforcement;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public void seed(DemoRun run) {
        SignedInUser officer =
                directory.signedInUser(DemoUsernames.of(Role.PROBATION_OFFICER)).orElse(null);
        if (officer != null) {
            seedTeam(officer, run);
        }
    }

    /** Seeds the active orders of the officer's team that have no appointments yet. */
    void seedTeam(SignedInUser officer, DemoRun run) {
        List<DemoOrder> orders = jdbc.query(
                """
                select o.order_id, o.starts_on, o.ends_on from order_overview o
                where o.team_id = ? and o.ended_on is null
                  and not exists (select 1 from appointment a where a.order_id = o.order_id)
                order by o.order_id""",
                (rs, n) -> new DemoOrder(
                        rs.getLong("order_id"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)),
                officer.teamId());
        if (orders.isEmpty()) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> {
                for (DemoOrder order : orders) {
                    seed(order, run.random("compliance", order.orderId()), officer);
                }
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(DemoOrder order, Random random, SignedInUser officer) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        LocalDate from = order.startsOn().isBefore(today.minusDays(150)) ? today.minusDays(150) : order.startsOn();
        boolean leaveOverdue = random.nextInt(10) < 3;
        // Past appointments, every 1 to 2 weeks, each with an outcome (the last perhaps left overdue).
        for (LocalDate day = from.plusDays(2);
                day.isBefore(today) && !day.isAfter(order.endsOn());
                day = day.plusDays(7 + random.nextInt(8))) {
            Instant startsAt = at(day, 9 + random.nextInt(7));
            if (!startsAt.isBefore(now)) {
                break;
            }
            Appointment appointment = schedule(order, startsAt, random, officer);
            boolean last = day.plusDays(7).isAfter(today.minusDays(1));
            if (last && leaveOverdue) {
                break;
            }
            recordOutcome(order, appointment, random, officer, today, now);
            if (random.nextInt(3) == 0) {
                drugTest(order, day, random, officer);
            }
        }
        // Appointments to come, within the order.
        LocalDate next = today.plusDays(1 + random.nextInt(6));
        for (int i = 0; i < 1 + random.nextInt(3) && !next.isAfter(order.endsOn()); i++) {
            schedule(order, at(next, 9 + random.nextInt(7)), random, officer);
            next = next.plusDays(7 + random.nextInt(7));
        }
    }

    private Appointment schedule(DemoOrder order, Instant startsAt, Random random, SignedInUser officer) {
        int which = random.nextInt(PLACES.size());
        AppointmentKind kind = switch (random.nextInt(6)) {
            case 0 -> AppointmentKind.DRUG_TEST;
            case 1, 2 -> AppointmentKind.TREATMENT;
            default -> AppointmentKind.SUPERVISION;
        };
        return appointments.schedule(
                order.orderId(),
                new Appointments.Details(kind, startsAt, PLACES.get(which), OFFICERS.get(which)),
                officer);
    }

    private void recordOutcome(
            DemoOrder order,
            Appointment appointment,
            Random random,
            SignedInUser officer,
            LocalDate today,
            Instant now) {
        int roll = random.nextInt(100);
        AppointmentOutcome outcome = roll < 68
                ? AppointmentOutcome.ATTENDED_COMPLIED
                : roll < 78
                        ? AppointmentOutcome.ACCEPTABLE_ABSENCE
                        : roll < 88
                                ? AppointmentOutcome.UNACCEPTABLE_ABSENCE
                                : roll < 94
                                        ? AppointmentOutcome.ATTENDED_FAILED_TO_COMPLY
                                        : AppointmentOutcome.RESCHEDULED;
        if (outcome == AppointmentOutcome.RESCHEDULED
                && appointment.day().plusDays(2).isAfter(order.endsOn())) {
            outcome = AppointmentOutcome.ATTENDED_COMPLIED;
        }
        Instant rescheduledTo = outcome == AppointmentOutcome.RESCHEDULED
                ? appointment.getStartsAt().plus(java.time.Duration.ofDays(2))
                : null;
        Appointment recorded = appointments.recordOutcome(
                appointment.getId(),
                new Appointments.Outcome(
                        outcome,
                        outcome == AppointmentOutcome.ACCEPTABLE_ABSENCE
                                ? AbsenceReason.values()[random.nextInt(AbsenceReason.values().length)]
                                : null,
                        outcome == AppointmentOutcome.ACCEPTABLE_ABSENCE ? "Letter seen and copied to the file" : null,
                        outcome == AppointmentOutcome.RESCHEDULED ? "Moved at the person's request" : null,
                        rescheduledTo),
                appointment.getVersion(),
                officer);
        if (recorded.getRescheduledToId() != null && rescheduledTo.isBefore(now)) {
            Appointment moved = appointments.appointment(recorded.getRescheduledToId(), officer);
            appointments.recordOutcome(
                    moved.getId(),
                    new Appointments.Outcome(AppointmentOutcome.ATTENDED_COMPLIED, null, null, null, null),
                    moved.getVersion(),
                    officer);
        }
        if (recorded.isFailure()) {
            decide(recorded, random, officer, today);
        }
    }

    /** A warning when the rule allows one (mostly), breach action otherwise; older breaches have their result. */
    private void decide(Appointment failure, Random random, SignedInUser officer, LocalDate today) {
        // Some recent failures are left for the officer to decide.
        if (failure.day().isAfter(today.minusDays(4)) && random.nextBoolean()) {
            return;
        }
        EnforcementRule.Choice choice =
                enforcement.pending(failure.getId(), officer).choice();
        LocalDate decidedOn =
                failure.day().plusDays(1).isAfter(today) ? today : failure.day().plusDays(1);
        EnforcementKind kind = choice.allows(EnforcementKind.WARNING) && random.nextInt(10) < 8
                ? EnforcementKind.WARNING
                : EnforcementKind.BREACH;
        EnforcementAction action = enforcement.decide(
                failure.getId(),
                kind,
                decidedOn,
                kind == EnforcementKind.WARNING
                        ? "Warned in person; letter to follow"
                        : "Breach action: information laid at the magistrates' court",
                officer);
        LocalDate heard = decidedOn.plusDays(21 + random.nextInt(14));
        if (kind == EnforcementKind.BREACH && heard.isBefore(today) && random.nextBoolean()) {
            enforcement.recordResult(
                    action.getId(),
                    random.nextBoolean() ? BreachResult.CONTINUED : BreachResult.MADE_MORE_ONEROUS,
                    heard,
                    action.getVersion(),
                    officer);
        }
    }

    private void drugTest(DemoOrder order, LocalDate day, Random random, SignedInUser officer) {
        if (random.nextInt(12) == 0) {
            tests.record(order.orderId(), day, DrugTestStatus.REFUSED, Map.of(), null, officer);
            return;
        }
        Map<PanelSubstance, Boolean> results = new EnumMap<>(PanelSubstance.class);
        results.put(PanelSubstance.OPIATES, random.nextInt(10) < 3);
        results.put(PanelSubstance.COCAINE, random.nextInt(10) < 3);
        if (random.nextBoolean()) {
            results.put(PanelSubstance.CANNABIS, random.nextInt(10) < 4);
            results.put(PanelSubstance.BENZODIAZEPINES, random.nextInt(10) < 1);
        }
        tests.record(order.orderId(), day, DrugTestStatus.TESTED, results, null, officer);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, random30(day))).atZone(UkTime.ZONE).toInstant();
    }

    private static int random30(LocalDate day) {
        return day.getDayOfMonth() % 2 == 0 ? 0 : 30;
    }
}
