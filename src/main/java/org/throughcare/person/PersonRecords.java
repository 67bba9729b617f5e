package org.throughcare.person;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.user.UserDirectory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads what the person page and the timeline show of a person: their cases with team and owner names. */
@Component
class PersonRecords {

    private final JdbcClient jdbc;
    private final UserDirectory directory;

    PersonRecords(JdbcClient jdbc, UserDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The person with their custody record numbers and their cases, named: two statements after the person. */
    PersonRecord of(Person person) {
        // One statement with the team and owner names, through the user module's published reporting views (V39,
        // team_overview and user_overview), rather than three (cases, then teams, then users).
        List<PersonRecord.CaseLine> caseLines = jdbc.sql("""
                        select c.id, t.team_name, t.area_name, u.display_name, c.opened_for, c.opened_at, c.opened_by,
                               c.closed_at, c.closed_by, c.close_reason
                        from person_case c
                        join team_overview t on t.team_id = c.team_id
                        left join user_overview u on u.user_id = c.owner_id
                        where c.person_id = :personId
                        order by c.opened_at desc, c.id desc
                        """)
                .param("personId", person.getId())
                .query((rs, n) -> new PersonRecord.CaseLine(
                        rs.getLong("id"),
                        rs.getString("team_name"),
                        rs.getString("area_name"),
                        rs.getString("display_name"),
                        CaseOpenedFor.valueOf(rs.getString("opened_for")),
                        rs.getTimestamp("opened_at").toInstant(),
                        rs.getString("opened_by"),
                        rs.getTimestamp("closed_at") == null
                                ? null
                                : rs.getTimestamp("closed_at").toInstant(),
                        rs.getString("closed_by"),
                        rs.getString("close_reason")))
                .list();
        Map<Long, String> forces = directory.policeForceAreas().stream()
                .collect(Collectors.toMap(UserDirectory.AreaSummary::id, UserDirectory.AreaSummary::name));
        List<PersonRecord.CustodyNumberLine> numbers = person.getCustodyRecordNumbers().stream()
                .map(n -> new PersonRecord.CustodyNumberLine(n.getNumber(), forces.getOrDefault(n.getForceId(), "")))
                .toList();
        return new PersonRecord(person, numbers, caseLines);
    }
}
