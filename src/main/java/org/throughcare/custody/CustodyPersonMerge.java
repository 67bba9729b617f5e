package org.throughcare.custody;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.throughcare.person.PersonMerged;

/** A merged person's tests belong to the record that survived, moved in the merge's own transaction. */
@Component
class CustodyPersonMerge {

    private final JdbcTemplate jdbc;

    CustodyPersonMerge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonMerged merged) {
        jdbc.update(
                "update custody_event set person_id = ?, version = version + 1 where person_id = ?",
                merged.survivorId(),
                merged.mergedId());
    }
}
