package org.throughcare.person;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.user.SignedInUser;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges two records of one person. The survivor takes the identifiers it lacks, the custody record numbers,
 * the cases (a duplicate open case for the same team is closed first) and the flags; the merged record keeps
 * its own details for history and points to the survivor. Other modules move what they keep by person on
 * {@link PersonMerged}, in the same transaction; both records' audit trails say what happened.
 */
@Service
public class PersonMerge {

    private final PersonRepository people;
    private final PersonAccess access;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PersonMerge(
            PersonRepository people,
            PersonAccess access,
            NamedParameterJdbcTemplate jdbc,
            AuditService audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.people = people;
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The two records side by side, for the confirmation page: both must be open to the user. */
    @Transactional(readOnly = true)
    public List<Person> compare(Long id, Long otherId, SignedInUser user) {
        return List.of(open(id, user), open(otherId, user));
    }

    @Transactional
    public Person merge(Long mergedId, Long survivorId, String reason, SignedInUser user) {
        if (Objects.equals(mergedId, survivorId)) {
            throw new RuleViolationException("survivorId", "Choose two different records to merge");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "Enter why these two records are the same person");
        }
        Person merged = open(mergedId, user);
        Person survivor = open(survivorId, user);
        List<String> conflicts = conflicts(merged, survivor);
        if (!conflicts.isEmpty()) {
            throw new RuleViolationException(
                    null,
                    "These records have different " + String.join(", ", conflicts)
                            + ", so they may be two people. Correct the wrong record first, then merge them");
        }
        Instant now = clock.instant();
        String why = reason.trim();
        Map<String, String> identifiers = merged.releaseIdentifiers();
        people.flush();
        survivor.takeIdentifiers(identifiers);
        survivor.takeFlags(merged.getFlags());
        survivor.tookInMergedRecord();
        merged.mergeInto(survivor.getId(), now, user.username(), why);
        people.flush();
        var ids = Map.of(
                "merged",
                mergedId,
                "survivor",
                survivorId,
                "at",
                java.sql.Timestamp.from(now),
                "by",
                user.username(),
                "reason",
                "Merged into another record of the same person");
        int closed = jdbc.update("""
                update person_case c set closed_at = :at, closed_by = :by, close_reason = :reason,
                       updated_at = :at, updated_by = :by, version = version + 1
                where c.person_id = :merged and c.closed_at is null
                  and exists (select 1 from person_case s where s.person_id = :survivor and s.team_id = c.team_id
                              and s.closed_at is null)
                """, ids);
        int cases = jdbc.update(
                "update person_case set person_id = :survivor, updated_at = :at, updated_by = :by,"
                        + " version = version + 1 where person_id = :merged",
                ids);
        int numbers =
                jdbc.update("update custody_record_number set person_id = :survivor where person_id = :merged", ids);
        publisher.publishEvent(new PersonMerged(mergedId, survivorId));
        String moved = cases + " case" + (cases == 1 ? "" : "s")
                + (closed > 0 ? " (" + closed + " closed as a duplicate)" : "")
                + ", " + numbers + " custody record number" + (numbers == 1 ? "" : "s") + " and "
                + identifiers.values().stream().filter(Objects::nonNull).count() + " identifiers moved";
        audit.record(
                AuditAction.UPDATE,
                PersonService.RECORD_KIND,
                mergedId,
                "Merged into person " + survivorId + " (" + survivor.fullName() + "): " + why + "; " + moved);
        audit.record(
                AuditAction.UPDATE,
                PersonService.RECORD_KIND,
                survivorId,
                "Person " + mergedId + " (" + merged.fullName() + ") merged into this record: " + why + "; " + moved);
        return survivor;
    }

    /** The records merged into a person, newest first. */
    @Transactional(readOnly = true)
    public List<Person> mergedInto(Long survivorId) {
        return people.findByMergedIntoIdOrderByMergedAtDesc(survivorId);
    }

    private Person open(Long id, SignedInUser user) {
        access.checkCanView(user, id);
        Person person =
                people.findById(id).orElseThrow(() -> new RecordNotFoundException(PersonService.RECORD_KIND, id));
        if (person.merged()) {
            throw new RuleViolationException(null, person.fullName() + "'s record was already merged into another");
        }
        return person;
    }

    /** Identifiers both records hold with different values: a sign they are two people. */
    static List<String> conflicts(Person merged, Person survivor) {
        List<String> conflicts = new ArrayList<>();
        Map<String, String> theirs = survivor.identifiers();
        merged.identifiers().forEach((label, value) -> {
            String other = theirs.get(label);
            if (value != null && other != null && !value.equals(other)) {
                conflicts.add(label + " (" + value + " and " + other + ")");
            }
        });
        return conflicts;
    }
}
