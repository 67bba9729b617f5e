package org.throughcare.person;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small reads about people for other modules (custody rules, worklists), each checked against the
 * user's team scope, so they need not load a whole record or touch the person tables.
 */
@Service
public class PersonLookup {

    private final PersonRepository people;
    private final PersonAccess access;
    private final EntityManager entityManager;

    PersonLookup(PersonRepository people, PersonAccess access, EntityManager entityManager) {
        this.people = people;
        this.access = access;
        this.entityManager = entityManager;
    }

    /** The person's date of birth, for age rules; refused when the person is outside the user's scope. */
    @Transactional(readOnly = true)
    public LocalDate dateOfBirth(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return people.findById(personId)
                .map(Person::getDateOfBirth)
                .orElseThrow(() -> new RecordNotFoundException(PersonService.RECORD_KIND, personId));
    }

    /** The full name of the person, for headings; refused outside the user's scope. */
    @Transactional(readOnly = true)
    public String name(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return people.findById(personId)
                .map(Person::fullName)
                .orElseThrow(() -> new RecordNotFoundException(PersonService.RECORD_KIND, personId));
    }

    /**
     * Full names of those of the given people the user may see, in one query; people outside the user's
     * scope are left out, so a list can show them without naming them.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> visibleNames(Collection<Long> personIds, SignedInUser user) {
        List<Long> teams = access.scopeTeamIds(user);
        if (personIds.isEmpty() || teams.isEmpty()) {
            return Map.of();
        }
        // Native, for "= any(?)": HQL's array_contains renders as "? @> array[p.id]", which PostgreSQL cannot
        // answer from the primary key, so it read every entry of person_pkey (81 ms a call at national scale
        // against 0.2 ms; docs/performance.md). Arrays, not collections, so the statement text never changes.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select p.id, p.given_name, p.family_name from person p
                        where p.id = any(:ids)
                          and exists (select 1 from person_case c
                                      where c.person_id = p.id and c.team_id = any(:teams))
                        """)
                .setParameter("ids", personIds.toArray(Long[]::new))
                .setParameter("teams", teams.toArray(Long[]::new))
                .getResultList();
        Map<Long, String> names = new HashMap<>();
        rows.forEach(row -> names.put(((Number) row[0]).longValue(), row[1] + " " + row[2]));
        return names;
    }
}
