package org.throughcare.person;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    private final NamedParameterJdbcTemplate jdbc;

    PersonLookup(PersonRepository people, PersonAccess access, NamedParameterJdbcTemplate jdbc) {
        this.people = people;
        this.access = access;
        this.jdbc = jdbc;
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
        // "= any(:ids)" with arrays, not an IN list of collection parameters: the statement text never changes, and
        // PostgreSQL answers it from the primary key (HQL's array_contains read every entry of person_pkey, 81 ms a
        // call at national scale; docs/performance.md). Plain JDBC: a Hibernate native query resolved its result set
        // mapping again on every call.
        Map<Long, String> names = new HashMap<>();
        jdbc.query(
                """
                select p.id, p.given_name, p.family_name from person p
                where p.id = any(:ids)
                  and exists (select 1 from person_case c
                              where c.person_id = p.id and c.team_id = any(:teams))
                """,
                new MapSqlParameterSource()
                        .addValue("ids", personIds.toArray(Long[]::new))
                        .addValue("teams", teams.toArray(Long[]::new)),
                rs -> {
                    names.put(rs.getLong("id"), rs.getString("given_name") + " " + rs.getString("family_name"));
                });
        return names;
    }
}
