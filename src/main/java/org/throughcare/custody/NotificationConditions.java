package org.throughcare.custody;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditChange;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.EntitySnapshots.Snapshot;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.web.Formats;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A custody suite's notification conditions: which kinds of testing, and required assessment, were in force
 * there and when. Administrators add periods and change their dates (audited, overlaps refused); the test
 * rules and the suite lists ask what was in force on a day.
 */
@Service
public class NotificationConditions {

    static final RecordKind NOTIFICATION = RecordKind.of("TestingNotification");

    /** A notification condition; {@code kind} is only read when it is created. */
    public record NotificationDetails(NotificationKind kind, LocalDate inForceFrom, LocalDate endedOn, long version) {}

    private final TestingNotificationRepository notifications;
    private final ReferenceDataService suites;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final Formats formats;

    NotificationConditions(
            TestingNotificationRepository notifications,
            ReferenceDataService suites,
            AuditService audit,
            EntitySnapshots snapshots,
            Formats formats) {
        this.notifications = notifications;
        this.suites = suites;
        this.audit = audit;
        this.snapshots = snapshots;
        this.formats = formats;
    }

    /** A suite's notification conditions, by kind, newest period first. */
    @Transactional(readOnly = true)
    public List<TestingNotification> forSuite(Long suiteId) {
        suites.suite(suiteId);
        return notifications.findBySuiteIdOrderByKindAscInForceFromDesc(suiteId);
    }

    @Transactional(readOnly = true)
    public TestingNotification get(Long suiteId, Long id) {
        return notifications
                .findById(id)
                .filter(n -> n.getSuiteId().equals(suiteId))
                .orElseThrow(() -> new RecordNotFoundException(NOTIFICATION, id));
    }

    /** The notification conditions in force at a suite on a day. */
    @Transactional(readOnly = true)
    public Set<NotificationKind> inForceAt(Long suiteId, LocalDate day) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        kinds.addAll(notifications.kindsInForce(suiteId, day));
        return kinds;
    }

    /** What is in force on a day at every suite, for lists and choices of suites. */
    @Transactional(readOnly = true)
    public Map<Long, Set<NotificationKind>> inForce(LocalDate day) {
        Map<Long, Set<NotificationKind>> bySuite = new HashMap<>();
        for (Object[] row : notifications.allInForce(day)) {
            bySuite.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(NotificationKind.class))
                    .add((NotificationKind) row[1]);
        }
        return bySuite;
    }

    @Transactional
    public TestingNotification create(Long suiteId, NotificationDetails details) {
        CustodySuite suite = suites.suite(suiteId);
        if (details.kind() == null) {
            throw new RuleViolationException("kind", "Select what the notification is for");
        }
        checkNotificationPeriod(suite, details.kind(), details, null);
        TestingNotification notification = notifications.save(
                new TestingNotification(suiteId, details.kind(), details.inForceFrom(), details.endedOn()));
        audit.record(
                AuditAction.CREATE,
                NOTIFICATION,
                notification.getId(),
                details.kind().label() + " at " + suite.getName() + ": in force "
                        + period(details.inForceFrom(), details.endedOn()),
                snapshots.of(notification).asCreated());
        return notification;
    }

    @Transactional
    public TestingNotification update(Long suiteId, Long id, NotificationDetails details) {
        CustodySuite suite = suites.suite(suiteId);
        TestingNotification notification = get(suiteId, id);
        RuleViolationException.checkVersion(notification.getVersion(), details.version(), "notification");
        checkNotificationPeriod(suite, notification.getKind(), details, id);
        Snapshot before = snapshots.of(notification);
        notification.change(details.inForceFrom(), details.endedOn());
        List<AuditChange> changes = before.changesTo(snapshots.of(notification));
        if (!changes.isEmpty()) {
            audit.record(
                    AuditAction.UPDATE,
                    NOTIFICATION,
                    id,
                    "Changed " + notification.getKind().label().toLowerCase(Locale.UK) + " at " + suite.getName(),
                    changes);
        }
        return notification;
    }

    /** The period is whole, and no other period of the same kind at the suite shares a day with it. */
    private void checkNotificationPeriod(
            CustodySuite suite, NotificationKind kind, NotificationDetails details, Long exceptId) {
        if (details.inForceFrom() == null) {
            throw new RuleViolationException("inForceFrom", "Enter the date the notification came into force");
        }
        if (details.endedOn() != null && !details.endedOn().isAfter(details.inForceFrom())) {
            throw new RuleViolationException("endedOn", "The date it ended must be after the date it came into force");
        }
        for (TestingNotification other : notifications.findBySuiteIdAndKind(suite.getId(), kind)) {
            if (!other.getId().equals(exceptId) && other.overlaps(details.inForceFrom(), details.endedOn())) {
                throw new RuleViolationException(
                        "inForceFrom",
                        kind.label() + " is already in force at " + suite.getName() + " "
                                + period(other.getInForceFrom(), other.getEndedOn())
                                + ". Change that period, or choose dates that do not overlap it");
            }
        }
    }

    private String period(LocalDate from, LocalDate endedOn) {
        return "from " + formats.date(from) + (endedOn == null ? "" : ", ended on " + formats.date(endedOn));
    }
}
