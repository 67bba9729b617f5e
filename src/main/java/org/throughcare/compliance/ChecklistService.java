package org.throughcare.compliance;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.UkTime;
import org.throughcare.database.ReadOnlyRows;
import org.throughcare.order.OrderDirectory;
import org.throughcare.order.OrderSummary;
import org.throughcare.user.SignedInUser;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The compliance checklist of an order (DOMAIN.md stage 8): each save is a new revision, audited in its transaction;
 * revisions are compared field by field; and, in SQL from the compliance tables, whether the checklist is due and
 * whether the person is at higher risk of non-compliance. Reads for a user go through {@link OrderDirectory}, which
 * checks the person's team scope; the status methods without a user are for pages that read the order that way
 * first.
 */
@Service
class ChecklistService {

    static final RecordKind CHECKLIST = RecordKind.of("ComplianceChecklist");

    static final String FAILURES = "('ATTENDED_FAILED_TO_COMPLY', 'UNACCEPTABLE_ABSENCE')";

    /** The status of each order in :ids, one row each (see {@link ChecklistStatus}). */
    static final String STATUS_SQL = """
            select o.order_id,
                   exists (select 1 from compliance_checklist c where c.order_id = o.order_id) as has_revision,
                   o.ended_on is null
                       and coalesce((select max(c.created_at) from compliance_checklist c where c.order_id = o.order_id)
                                        < (select max(a.starts_at) from appointment a
                                           where a.order_id = o.order_id and a.outcome in %1$s),
                                    not exists (select 1 from compliance_checklist c where c.order_id = o.order_id))
                       as due,
                   exists (select 1 from enforcement_action e
                           where e.person_id = o.person_id and e.kind = 'BREACH' and e.decided_on <= :today)
                       or (select count(*) from appointment a
                           where a.person_id = o.person_id and a.outcome in %1$s
                             and a.starts_at >= :since and a.starts_at <= :now) >= :failures
                       as higher_risk,
                   exists (select 1 from appointment a where a.order_id = o.order_id and a.outcome is not null)
                       as any_outcome
            from order_overview o
            where o.order_id in (:ids)
            """.formatted(FAILURES);

    private final ChecklistRepository checklists;
    private final OrderDirectory orders;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final ChecklistProperties properties;
    private final Clock clock;
    private final ReadOnlyRows readOnly;

    ChecklistService(
            ChecklistRepository checklists,
            OrderDirectory orders,
            NamedParameterJdbcTemplate jdbc,
            AuditService audit,
            EntitySnapshots snapshots,
            ChecklistProperties properties,
            Clock clock,
            ReadOnlyRows readOnly) {
        this.checklists = checklists;
        this.orders = orders;
        this.jdbc = jdbc;
        this.audit = audit;
        this.snapshots = snapshots;
        this.properties = properties;
        this.clock = clock;
        this.readOnly = readOnly;
    }

    /** What the checklist page shows: the order, its latest revision (if any), every revision, and the status. */
    record ChecklistRecord(OrderSummary order, Checklist latest, List<Checklist> revisions, ChecklistStatus status) {}

    /**
     * Saves a new revision of the order's checklist, numbered after the latest; refused on an ended order (except
     * for a manager's correction) and when a rule is broken ({@link ChecklistRules}).
     */
    @Transactional
    Checklist record(Long orderId, ChecklistAnswers answers, SignedInUser user) {
        OrderSummary order = orders.orderForChange(orderId, user);
        Optional<Checklist> latest = checklists.findLatest(orderId);
        RuleViolations.throwIfAny(ChecklistRules.problems(answers, latest.isEmpty(), today()));
        int revision = latest.map(c -> c.getRevision() + 1).orElse(1);
        Checklist checklist = checklists.save(new Checklist(
                orderId,
                order.personId(),
                revision,
                answers.reason(),
                answers.personAgreed(),
                answers.agreedOn(),
                answers.barriers().stream()
                        .map(a -> new BarrierLine(
                                a.barrier(),
                                a.present(),
                                ChecklistRules.text(a.detail()),
                                ChecklistRules.text(a.strategy()),
                                ChecklistRules.text(a.owner()),
                                a.reviewOn()))
                        .toList()));
        audit.record(
                AuditAction.CREATE,
                CHECKLIST,
                checklist.getId(),
                "Compliance checklist revision " + revision + " for order " + orderId,
                snapshots.of(checklist).asCreated());
        return checklist;
    }

    /** The checklist page: scope checked, and the view of the latest revision audited. */
    @Transactional
    ChecklistRecord view(Long orderId, SignedInUser user) {
        OrderSummary order = orders.order(orderId, user);
        Optional<Checklist> latest = checklists.findLatest(orderId);
        latest.ifPresent(c -> audit.record(AuditAction.VIEW, CHECKLIST, c.getId(), "Revision " + c.getRevision()));
        return new ChecklistRecord(
                order,
                latest.orElse(null),
                latest.isEmpty() ? List.of() : checklists.findByOrderIdOrderByRevisionDesc(orderId),
                status(orderId));
    }

    /** The order for the checklist form: refused (with the reason) when the order takes no more changes. */
    @Transactional(readOnly = true)
    ChecklistRecord forChange(Long orderId, SignedInUser user) {
        OrderSummary order = orders.orderForChange(orderId, user);
        Checklist latest = checklists.findLatest(orderId).orElse(null);
        return new ChecklistRecord(order, latest, List.of(), status(orderId));
    }

    /** The latest revision with its barriers, for a page that shows it (the order section). */
    @Transactional(readOnly = true)
    Optional<Checklist> latest(Long orderId, SignedInUser user) {
        orders.order(orderId, user);
        return checklists.findLatest(orderId);
    }

    /**
     * The latest revision of an order whose page has already checked the user's scope, read once by the page's
     * sections that show it (checklist, appointments).
     */
    @Transactional(readOnly = true)
    Optional<Checklist> latestOfCheckedOrder(Long orderId) {
        return readOnly.once("latest checklist", orderId, () -> checklists.findLatest(orderId));
    }

    /** The comparison page: the order, every revision (newest first) and, when there are two, the comparison. */
    record ChecklistCompared(OrderSummary order, List<Checklist> revisions, ChecklistComparison comparison) {}

    /**
     * Two revisions compared, {@code from} and {@code to} by number; by default the one before the latest and the
     * latest. No comparison when the order has fewer than two revisions; a number the order does not have is not
     * found. The view is audited against the later revision.
     */
    @Transactional
    ChecklistCompared compare(Long orderId, Integer from, Integer to, SignedInUser user) {
        OrderSummary order = orders.order(orderId, user);
        List<Checklist> revisions = checklists.findByOrderIdOrderByRevisionDesc(orderId);
        if (revisions.isEmpty() || (revisions.size() < 2 && from == null && to == null)) {
            return new ChecklistCompared(order, revisions, null);
        }
        int toRevision = to == null ? revisions.get(0).getRevision() : to;
        int fromRevision = from == null ? toRevision - 1 : from;
        Checklist later = revision(orderId, toRevision);
        ChecklistComparison comparison = ChecklistComparison.of(revision(orderId, fromRevision), later);
        audit.record(
                AuditAction.VIEW,
                CHECKLIST,
                later.getId(),
                "Compared revision " + fromRevision + " with revision " + toRevision);
        return new ChecklistCompared(order, revisions, comparison);
    }

    /**
     * The revisions made on or after {@code since} (UK date), oldest first, each in a line with what changed from the
     * revision before it: for a court review's progress report ("checklist changes").
     */
    @Transactional(readOnly = true)
    List<String> changesSince(Long orderId, LocalDate since, SignedInUser user) {
        orders.order(orderId, user);
        return changesSinceOfCheckedOrder(orderId, since);
    }

    /** As {@link #changesSince}, for an order whose page (the progress report) has already checked the scope. */
    @Transactional(readOnly = true)
    List<String> changesSinceOfCheckedOrder(Long orderId, LocalDate since) {
        List<Checklist> revisions = checklists.findByOrderIdOrderByRevisionDesc(orderId);
        List<String> lines = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            Checklist revision = revisions.get(i);
            if (LocalDate.ofInstant(revision.getCreatedAt(), UkTime.ZONE).isBefore(since)) {
                continue;
            }
            String lead = "Revision " + revision.getRevision() + " ("
                    + revision.getReason().label().toLowerCase(Locale.UK) + "), "
                    + ChecklistPages.day(revision);
            if (revision.getRevision() == 1) {
                int present = revision(orderId, 1).presentBarriers().size();
                lines.add(lead + ": "
                        + (present == 0 ? "no barriers" : present == 1 ? "1 barrier" : present + " barriers")
                        + " present");
                continue;
            }
            List<String> changes = ChecklistComparison.of(
                            revision(orderId, revision.getRevision() - 1), revision(orderId, revision.getRevision()))
                    .changes();
            lines.add(lead + ": " + (changes.isEmpty() ? "no changes" : String.join("; ", changes)));
        }
        return lines;
    }

    private Checklist revision(Long orderId, int revision) {
        return checklists
                .findByOrderIdAndRevision(orderId, revision)
                .orElseThrow(() -> new RecordNotFoundException(CHECKLIST, orderId + "/" + revision));
    }

    /**
     * The barriers present on the latest revision whose kind matches the absence reason of a missed appointment
     * (see {@link Barrier#matchesAbsenceReason}), with their agreed strategies. For a page that has read the order
     * through {@link OrderDirectory}.
     */
    @Transactional(readOnly = true)
    List<BarrierStrategy> strategiesFor(Long orderId, String reasonCode) {
        return BarrierStrategy.matching(presentBarriers(orderId), reasonCode);
    }

    /**
     * The barriers present on the latest revision, with their strategies: read once for a page of appointments, then
     * matched to each missed one with {@link BarrierStrategy#matching}.
     */
    @Transactional(readOnly = true)
    List<BarrierStrategy> presentBarriers(Long orderId) {
        return latestOfCheckedOrder(orderId)
                .map(c -> c.presentBarriers().stream().map(BarrierStrategy::of).toList())
                .orElse(List.of());
    }

    /** Higher risk of non-compliance: a past breach, or enough failures to comply in the window. */
    @Transactional(readOnly = true)
    boolean higherRisk(Long orderId) {
        return status(orderId).higherRisk();
    }

    /** Due: no revision yet, or the latest was made before the latest failure to comply on the order. */
    @Transactional(readOnly = true)
    boolean checklistDue(Long orderId) {
        return status(orderId).due();
    }

    /** Whether to prompt "complete the checklist before the first appointment". */
    @Transactional(readOnly = true)
    boolean promptBeforeFirstAppointment(Long orderId) {
        return status(orderId).promptBeforeFirstAppointment();
    }

    @Transactional(readOnly = true)
    ChecklistStatus status(Long orderId) {
        return statuses(List.of(orderId)).getOrDefault(orderId, ChecklistStatus.NONE);
    }

    /** The status of each order, in one statement however many (for a caseload). */
    @Transactional(readOnly = true)
    Map<Long, ChecklistStatus> statuses(Collection<Long> orderIds) {
        Map<Long, ChecklistStatus> statuses = new HashMap<>();
        if (orderIds.isEmpty()) {
            return statuses;
        }
        LocalDate today = today();
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids", orderIds)
                .addValue("today", today)
                .addValue("now", Timestamp.from(clock.instant()))
                .addValue(
                        "since",
                        Timestamp.from(today.minus(properties.failureWindow())
                                .atStartOfDay(UkTime.ZONE)
                                .toInstant()))
                .addValue("failures", properties.failuresForHigherRisk());
        jdbc.query(STATUS_SQL, parameters, row -> {
            statuses.put(
                    row.getLong("order_id"),
                    new ChecklistStatus(
                            row.getBoolean("has_revision"),
                            row.getBoolean("due"),
                            row.getBoolean("higher_risk"),
                            row.getBoolean("any_outcome")));
        });
        return statuses;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
