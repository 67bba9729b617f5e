package org.throughcare.compliance;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.Text;
import org.throughcare.order.OrderDirectory;
import org.throughcare.order.OrderSummary;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;
import org.throughcare.web.PageLinks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Appointments under an order and their outcomes. Every read checks the person's team scope (through the order
 * directory); every change asks the order module whether the order still takes changes, and is audited in its
 * transaction.
 */
@Service
class Appointments {

    static final RecordKind APPOINTMENT = RecordKind.of("Appointment");

    /** The longest text fields, as the schema has them. */
    static final int PLACE_MAX = 200;

    static final int WITH_WHOM_MAX = 120;

    private final AppointmentRepository appointments;
    private final OrderDirectory orders;
    private final PersonAccess access;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final Clock clock;

    Appointments(
            AppointmentRepository appointments,
            OrderDirectory orders,
            PersonAccess access,
            AuditService audit,
            EntitySnapshots snapshots,
            Clock clock) {
        this.appointments = appointments;
        this.orders = orders;
        this.access = access;
        this.audit = audit;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** What is being arranged: the kind, when, where and with whom. */
    record Details(AppointmentKind kind, Instant startsAt, String place, String withWhom) {}

    /** An outcome as the officer records it; {@code rescheduledTo} only for a rescheduled appointment. */
    record Outcome(
            AppointmentOutcome outcome, AbsenceReason reason, String evidence, String notes, Instant rescheduledTo) {}

    @Transactional
    Appointment schedule(Long orderId, Details details, SignedInUser user) {
        OrderSummary order = orders.orderForChange(orderId, user);
        List<RuleViolationException> problems = new ArrayList<>();
        checkDetails(order, details, "", problems);
        RuleViolations.throwIfAny(problems);
        return create(order, details, "Scheduled");
    }

    /**
     * Records the outcome, once; a failure to comply then waits for an enforcement decision. A rescheduled
     * appointment gets its new appointment (same kind, place and person) in the same transaction, linked to it.
     */
    @Transactional
    Appointment recordOutcome(Long appointmentId, Outcome outcome, long version, SignedInUser user) {
        Appointment appointment = find(appointmentId);
        OrderSummary order = orders.orderForChange(appointment.getOrderId(), user);
        if (appointment.getOutcome() != null) {
            throw new RuleViolationException(
                    null,
                    "The outcome of this appointment is already recorded: "
                            + appointment.getOutcome().label().toLowerCase(java.util.Locale.UK));
        }
        RuleViolationException.checkVersion(appointment.getVersion(), version, "appointment");
        Instant now = clock.instant();
        List<RuleViolationException> problems = new ArrayList<>();
        if (outcome.outcome() == null) {
            problems.add(new RuleViolationException("outcome", "Select the outcome of the appointment"));
        } else {
            if (outcome.outcome().needsTimePassed() && appointment.getStartsAt().isAfter(now)) {
                problems.add(new RuleViolationException(
                        "outcome",
                        "The appointment is on " + new Formats().dateTime(appointment.getStartsAt())
                                + ": record its outcome once it has taken place"));
            }
            if (outcome.outcome() == AppointmentOutcome.ACCEPTABLE_ABSENCE && outcome.reason() == null) {
                problems.add(new RuleViolationException("absenceReason", "Select the reason for the absence"));
            }
            if (outcome.outcome() == AppointmentOutcome.ACCEPTABLE_ABSENCE
                    && (outcome.evidence() == null || outcome.evidence().isBlank())) {
                problems.add(new RuleViolationException(
                        "absenceEvidence", "Enter the evidence for the absence, or what is awaited"));
            }
            if (outcome.outcome() == AppointmentOutcome.RESCHEDULED) {
                if (outcome.rescheduledTo() == null) {
                    problems.add(new RuleViolationException("newDate", "Enter the date of the new appointment"));
                } else if (!outcome.rescheduledTo().isAfter(appointment.getStartsAt())
                        && !outcome.rescheduledTo().isAfter(now)) {
                    problems.add(new RuleViolationException(
                            "newDate", "The new appointment must be after the one it replaces, or in the future"));
                } else {
                    checkDetails(
                            order,
                            new Details(
                                    appointment.getKind(),
                                    outcome.rescheduledTo(),
                                    appointment.getPlace(),
                                    appointment.getWithWhom()),
                            "new",
                            problems);
                }
            }
        }
        RuleViolations.throwIfAny(problems);
        boolean absence = outcome.outcome() == AppointmentOutcome.ACCEPTABLE_ABSENCE
                || outcome.outcome() == AppointmentOutcome.UNACCEPTABLE_ABSENCE;
        Long newId = null;
        if (outcome.outcome() == AppointmentOutcome.RESCHEDULED) {
            newId = create(
                            order,
                            new Details(
                                    appointment.getKind(),
                                    outcome.rescheduledTo(),
                                    appointment.getPlace(),
                                    appointment.getWithWhom()),
                            "Rescheduled from appointment " + appointmentId + ":")
                    .getId();
        }
        var before = snapshots.of(appointment);
        appointment.recordOutcome(
                outcome.outcome(),
                absence ? outcome.reason() : null,
                absence ? Text.blankToNull(outcome.evidence()) : null,
                Text.blankToNull(outcome.notes()),
                newId,
                now,
                user.username());
        appointments.flush();
        audit.record(
                AuditAction.UPDATE,
                APPOINTMENT,
                appointmentId,
                "Outcome of the appointment: " + outcome.outcome().label().toLowerCase(java.util.Locale.UK),
                before.changesTo(snapshots.of(appointment)));
        return appointment;
    }

    @Transactional(readOnly = true)
    Appointment appointment(Long appointmentId, SignedInUser user) {
        Appointment appointment = find(appointmentId);
        access.checkCanView(user, appointment.getPersonId());
        return appointment;
    }

    /** The order's appointments, earliest first. */
    @Transactional(readOnly = true)
    List<Appointment> forOrder(OrderSummary order, SignedInUser user) {
        access.checkCanView(user, order.personId());
        return appointments.findByOrderIdOrderByStartsAtAscIdAsc(order.id());
    }

    /** One page of an order's past appointments, newest first, with the order they are under. */
    record PastPage(OrderSummary order, Page<Appointment> appointments) {}

    /**
     * A page of the order's past appointments (those with an outcome or due before now), newest first: the order's
     * scope is checked and the view audited in the same transaction. A page past the last shows the last.
     */
    @Transactional
    PastPage past(Long orderId, int page, int size, SignedInUser user) {
        OrderSummary order = orders.order(orderId, user);
        Instant now = clock.instant();
        Page<Appointment> found =
                PageLinks.clamp(page, index -> appointments.findPast(orderId, now, PageRequest.of(index, size)));
        audit.record(
                AuditAction.VIEW,
                APPOINTMENT,
                null,
                "Past appointments under order " + orderId + ", page " + (found.getNumber() + 1));
        return new PastPage(order, found);
    }

    /** The person's appointments under every order, earliest first. */
    @Transactional(readOnly = true)
    List<Appointment> forPerson(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return appointments.findByPersonIdOrderByStartsAtAscIdAsc(personId);
    }

    private Appointment create(OrderSummary order, Details details, String lead) {
        Appointment appointment = appointments.save(new Appointment(
                order.id(),
                order.personId(),
                details.kind(),
                details.startsAt(),
                details.place().trim(),
                details.withWhom().trim()));
        audit.record(
                AuditAction.CREATE,
                APPOINTMENT,
                appointment.getId(),
                lead + " " + details.kind().label().toLowerCase(java.util.Locale.UK) + " appointment under order "
                        + order.id() + " on " + new Formats().dateTime(details.startsAt()),
                snapshots.of(appointment).asCreated());
        return appointment;
    }

    /** The appointment's details against the order's dates; {@code prefix} names the fields ("new" + "Date"). */
    private static void checkDetails(
            OrderSummary order, Details details, String prefix, List<RuleViolationException> problems) {
        String dateField = prefix.isEmpty() ? "date" : prefix + "Date";
        if (prefix.isEmpty()) {
            if (details.kind() == null) {
                problems.add(new RuleViolationException("kind", "Select the kind of appointment"));
            }
            if (details.place() == null || details.place().isBlank()) {
                problems.add(new RuleViolationException("place", "Enter where the appointment is"));
            }
            if (details.withWhom() == null || details.withWhom().isBlank()) {
                problems.add(new RuleViolationException("withWhom", "Enter who the appointment is with"));
            }
        }
        if (details.startsAt() == null) {
            problems.add(new RuleViolationException(dateField, "Enter the date of the appointment"));
            return;
        }
        LocalDate day = LocalDate.ofInstant(details.startsAt(), org.throughcare.common.UkTime.ZONE);
        if (day.isBefore(order.sentencedOn())) {
            problems.add(new RuleViolationException(
                    dateField,
                    "The appointment cannot be before the order was made, on " + Formats.ukDate(order.sentencedOn())));
        }
        if (day.isAfter(order.endsOn())) {
            problems.add(new RuleViolationException(
                    dateField, "The appointment cannot be after the order ends, on " + Formats.ukDate(order.endsOn())));
        }
    }

    private Appointment find(Long appointmentId) {
        return appointments
                .findById(appointmentId)
                .orElseThrow(() -> new RecordNotFoundException(APPOINTMENT, appointmentId));
    }
}
