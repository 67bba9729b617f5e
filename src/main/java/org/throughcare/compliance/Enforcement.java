package org.throughcare.compliance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.calendar.WorkingDayCalendar;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.Text;
import org.throughcare.database.ReadOnlyRows;
import org.throughcare.order.OrderDirectory;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.DayRules;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Warnings and breach action after failures to comply, decided by {@link EnforcementRule}, and the court's result
 * of a breach. One decision per failure (the database's unique index stands behind the check here).
 */
@Service
class Enforcement {

    static final RecordKind ENFORCEMENT = RecordKind.of("EnforcementAction");

    private final EnforcementActionRepository actions;
    private final AppointmentRepository appointments;
    private final OrderDirectory orders;
    private final PersonAccess access;
    private final WorkingDayCalendar calendar;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final ComplianceProperties properties;
    private final EnforcementRule rule;
    private final Clock clock;
    private final ReadOnlyRows readOnly;

    Enforcement(
            EnforcementActionRepository actions,
            AppointmentRepository appointments,
            OrderDirectory orders,
            PersonAccess access,
            WorkingDayCalendar calendar,
            AuditService audit,
            EntitySnapshots snapshots,
            ComplianceProperties properties,
            Clock clock,
            ReadOnlyRows readOnly) {
        this.actions = actions;
        this.appointments = appointments;
        this.orders = orders;
        this.access = access;
        this.calendar = calendar;
        this.audit = audit;
        this.snapshots = snapshots;
        this.properties = properties;
        this.rule = new EnforcementRule(properties.warningWindow());
        this.clock = clock;
        this.readOnly = readOnly;
    }

    /** A failure to comply, the rule's choice for it, and the decision once taken. */
    record Pending(Appointment failure, EnforcementRule.Choice choice, Optional<EnforcementAction> decided) {}

    /** The failure and what the rule allows after it; refused when the appointment is not a failure to comply. */
    @Transactional(readOnly = true)
    Pending pending(Long appointmentId, SignedInUser user) {
        Appointment failure = failure(appointmentId, user);
        return new Pending(failure, choice(failure), actions.findByAppointmentId(appointmentId));
    }

    /** Records a warning or breach action after the failure, as the rule allows. */
    @Transactional
    EnforcementAction decide(
            Long appointmentId, EnforcementKind kind, LocalDate decidedOn, String notes, SignedInUser user) {
        Appointment failure = failure(appointmentId, user);
        orders.orderForChange(failure.getOrderId(), user);
        actions.findByAppointmentId(appointmentId).ifPresent(existing -> {
            throw new RuleViolationException(
                    null,
                    "A decision on this failure is already recorded: "
                            + existing.getKind().label().toLowerCase(Locale.UK) + " on "
                            + Formats.ukDate(existing.getDecidedOn()));
        });
        EnforcementRule.Choice choice = choice(failure);
        List<RuleViolationException> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new RuleViolationException("kind", "Select a warning or breach action"));
        } else if (!choice.allows(kind)) {
            problems.add(new RuleViolationException("kind", choice.reason()));
        }
        if (decidedOn == null) {
            problems.add(new RuleViolationException("decidedOn", "Enter the date of the decision"));
        }
        DayRules.check(problems, "decidedOn", decidedOn, failure.day(), "the failure", today());
        RuleViolations.throwIfAny(problems);
        EnforcementAction action = actions.saveAndFlush(new EnforcementAction(
                failure.getOrderId(), failure.getPersonId(), appointmentId, kind, decidedOn, Text.blankToNull(notes)));
        audit.record(
                AuditAction.CREATE,
                ENFORCEMENT,
                action.getId(),
                kind.label() + " on " + Formats.ukDate(decidedOn) + " after the failure to comply on "
                        + Formats.ukDate(failure.day()) + " (appointment " + appointmentId + ")",
                snapshots.of(action).asCreated());
        return action;
    }

    /** Records how the court dealt with a breach, once. */
    @Transactional
    EnforcementAction recordResult(Long actionId, BreachResult result, LocalDate on, long version, SignedInUser user) {
        EnforcementAction action = action(actionId, user);
        orders.orderForChange(action.getOrderId(), user);
        if (action.getKind() != EnforcementKind.BREACH) {
            throw new RuleViolationException(null, "Only a breach has a result: a warning stands as given");
        }
        if (!action.inProgress()) {
            throw new RuleViolationException(
                    null,
                    "The result of this breach is already recorded: "
                            + action.getResolution().label().toLowerCase(Locale.UK));
        }
        RuleViolationException.checkVersion(action.getVersion(), version, "breach");
        List<RuleViolationException> problems = new ArrayList<>();
        if (result == null) {
            problems.add(new RuleViolationException("result", "Select the result of the breach"));
        }
        if (on == null) {
            problems.add(new RuleViolationException("resolvedOn", "Enter the date of the result"));
        }
        DayRules.check(problems, "resolvedOn", on, action.getDecidedOn(), "the breach action", today());
        RuleViolations.throwIfAny(problems);
        var before = snapshots.of(action);
        action.resolve(result, on, user.username());
        actions.flush();
        audit.record(
                AuditAction.UPDATE,
                ENFORCEMENT,
                actionId,
                "Result of the breach: " + result.label().toLowerCase(Locale.UK),
                before.changesTo(snapshots.of(action)));
        return action;
    }

    @Transactional(readOnly = true)
    EnforcementAction action(Long actionId, SignedInUser user) {
        EnforcementAction action =
                actions.findById(actionId).orElseThrow(() -> new RecordNotFoundException(ENFORCEMENT, actionId));
        access.checkCanView(user, action.getPersonId());
        return action;
    }

    /** The order's actions, oldest first, with the failures to comply they answer, by appointment id. */
    record ActionsAndFailures(List<EnforcementAction> actions, Map<Long, Appointment> failures) {}

    /** The order's actions with their failures in one statement, not the actions and then every appointment. */
    @Transactional(readOnly = true)
    ActionsAndFailures withFailures(Long orderId, Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        List<EnforcementAction> found = new ArrayList<>();
        Map<Long, Appointment> failures = new HashMap<>();
        // Read once by an order's page, whose appointments and enforcement sections both show the actions.
        for (Object[] row : readOnly.once("enforcement", orderId, () -> actions.findWithAppointments(orderId))) {
            found.add((EnforcementAction) row[0]);
            if (row[1] instanceof Appointment failure && failure.isFailure()) {
                failures.put(failure.getId(), failure);
            }
        }
        return new ActionsAndFailures(found, failures);
    }

    @Transactional(readOnly = true)
    List<EnforcementAction> forOrder(Long orderId, Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return actions.findByOrderIdOrderByDecidedOnAscIdAsc(orderId);
    }

    @Transactional(readOnly = true)
    List<EnforcementAction> forPerson(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return actions.findByPersonIdOrderByDecidedOnAscIdAsc(personId);
    }

    /** The day a warning letter is due: the configured working days after the warning. */
    @Transactional(readOnly = true)
    LocalDate warningLetterDue(LocalDate warnedOn) {
        return warningLetterDeadlines().apply(warnedOn);
    }

    /** Warning letter deadlines for a list: the calendar read once at the first warning, however many. */
    java.util.function.UnaryOperator<LocalDate> warningLetterDeadlines() {
        int days = properties.warningLetterWorkingDays();
        var workingDays = new java.util.concurrent.atomic.AtomicReference<org.throughcare.calendar.WorkingDays>();
        return warnedOn -> {
            if (workingDays.get() == null) {
                workingDays.set(calendar.workingDays());
            }
            return workingDays.get().plus(warnedOn, days);
        };
    }

    private EnforcementRule.Choice choice(Appointment failure) {
        List<EnforcementAction> onOrder = actions.findByOrderIdOrderByDecidedOnAscIdAsc(failure.getOrderId());
        return rule.decide(
                failure.day(),
                onOrder.stream()
                        .filter(a -> a.getKind() == EnforcementKind.WARNING)
                        .filter(a -> !a.getAppointmentId().equals(failure.getId()))
                        .map(EnforcementAction::getDecidedOn)
                        .toList(),
                onOrder.stream()
                        .anyMatch(a -> a.inProgress() && !a.getAppointmentId().equals(failure.getId())));
    }

    private Appointment failure(Long appointmentId, SignedInUser user) {
        Appointment appointment = appointments
                .findById(appointmentId)
                .orElseThrow(() -> new RecordNotFoundException(Appointments.APPOINTMENT, appointmentId));
        access.checkCanView(user, appointment.getPersonId());
        if (!appointment.isFailure()) {
            throw new RuleViolationException(null, "Only a failure to comply is followed by a warning or breach");
        }
        return appointment;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
